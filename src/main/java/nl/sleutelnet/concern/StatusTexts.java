package nl.sleutelnet.concern;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The standard status texts the reporter reads, per municipality and language. A text the
 * municipality did not word itself is the product's own (messages {@code concern.statusText.*}).
 */
@Service
@Transactional(readOnly = true)
public class StatusTexts {

    public static final List<String> LANGUAGES = List.of("nl", "en");
    public static final int MAX_LENGTH = 2000;
    private static final String RECORD = "concern_status_text";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    StatusTexts(JdbcClient jdbc, MessageSource messages, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The text in the given language ("en" or anything else means Dutch). */
    public String text(StatusTextKey key, String language) {
        String lang = "en".equals(language) ? "en" : "nl";
        return jdbc.sql("select body from concern_status_text where municipality_id = ? and text_key = ? and language = ?")
                .params(CurrentTenant.require().value(), key.name(), lang)
                .query(String.class).optional()
                .orElseGet(() -> standard(key, lang));
    }

    /** Every text in both languages, in the order of {@link StatusTextKey}. */
    public List<StatusText> all() {
        MunicipalityId municipality = CurrentTenant.require();
        Map<String, String> own = jdbc.sql("select text_key, language, body from concern_status_text where municipality_id = ?")
                .param(municipality.value())
                .query((rs, n) -> Map.entry(rs.getString("text_key") + "/" + rs.getString("language"), rs.getString("body")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<StatusText> texts = new ArrayList<>();
        for (StatusTextKey key : StatusTextKey.values()) {
            for (String language : LANGUAGES) {
                String body = own.get(key.name() + "/" + language);
                texts.add(new StatusText(key, language, body != null ? body : standard(key, language), body != null));
            }
        }
        return texts;
    }

    /** The municipality words a text itself; an empty body goes back to the standard text. */
    @Transactional
    public void save(String key, String language, String body, UUID by) {
        List<FieldProblem> problems = new ArrayList<>();
        StatusTextKey textKey = ConcernInput.parse(StatusTextKey.class, key, "tekst", "concern.error.textKey", problems);
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("taal", "concern.error.language"));
        }
        String clean = ConcernInput.optional("tekst", body, MAX_LENGTH, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MunicipalityId municipality = CurrentTenant.require();
        if (clean == null || clean.equals(standard(textKey, language))) {
            jdbc.sql("delete from concern_status_text where municipality_id = ? and text_key = ? and language = ?")
                    .params(municipality.value(), textKey.name(), language).update();
        } else {
            jdbc.sql("""
                    insert into concern_status_text (municipality_id, text_key, language, body, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (municipality_id, text_key, language)
                    do update set body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                    .params(municipality.value(), textKey.name(), language, clean, by, Timestamp.from(clock.instant()))
                    .update();
        }
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, RECORD, null);
    }

    private String standard(StatusTextKey key, String language) {
        return messages.getMessage("concern.statusText." + key.name(), null, Locale.forLanguageTag(language));
    }
}
