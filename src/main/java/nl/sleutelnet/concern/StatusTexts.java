package nl.sleutelnet.concern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
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
import nl.sleutelnet.shared.ConcurrentChangeException;
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
        write(CurrentTenant.require(), textKey, language,
                clean == null || clean.equals(standard(textKey, language)) ? null : clean, by);
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, RECORD, null);
    }

    /**
     * The version of the municipality's wording as a whole: it changes whenever any text is saved.
     * The one form of all texts carries it, so that a form opened before a colleague saved is refused.
     */
    public String version() {
        StringBuilder own = new StringBuilder();
        for (StatusText t : all()) {
            if (t.own()) {
                own.append(t.key()).append('/').append(t.language()).append('/').append(t.body().length()).append(':')
                        .append(t.body()).append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(own.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form field of one text in the form of all texts, e.g. {@code tekst-RECEIVED-nl}. */
    public static String field(StatusTextKey key, String language) {
        return "tekst-" + key.name() + "-" + language;
    }

    /**
     * Saves every text of the one form at once: {@code bodies} by {@link #field}; a text not in the
     * form stays as it is. Each text is checked on its own; when one is refused nothing is saved
     * (the problems name the field). A form opened before someone else saved ({@code seenVersion}
     * differs from {@link #version()}) is refused as a whole. One audit entry when anything changed.
     *
     * @return how many texts changed
     */
    @Transactional
    public int saveAll(Map<String, String> bodies, String seenVersion, UUID by) {
        // One save of the wording at a time per municipality, so that the version check holds until commit.
        jdbc.sql("select pg_advisory_xact_lock(7243005, hashtext(?))::text")
                .param(CurrentTenant.require().value().toString()).query(String.class).list();
        if (seenVersion == null || !seenVersion.equals(version())) {
            throw new ConcurrentChangeException();
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<StatusText> changed = new ArrayList<>();
        for (StatusText current : all()) {
            String field = field(current.key(), current.language());
            if (!bodies.containsKey(field)) {
                continue;
            }
            String clean = ConcernInput.optional(field, bodies.get(field), MAX_LENGTH, problems);
            String standard = standard(current.key(), current.language());
            String wanted = clean == null || clean.equals(standard) ? null : clean;
            String now = current.own() ? current.body() : null;
            if (!java.util.Objects.equals(wanted, now)) {
                changed.add(new StatusText(current.key(), current.language(), wanted, wanted != null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MunicipalityId municipality = CurrentTenant.require();
        for (StatusText t : changed) {
            write(municipality, t.key(), t.language(), t.body(), by);
        }
        if (!changed.isEmpty()) {
            audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, RECORD, null);
        }
        return changed.size();
    }

    /** Stores the municipality's own wording, or removes it ({@code body} null) so that the standard applies. */
    private void write(MunicipalityId municipality, StatusTextKey key, String language, String body, UUID by) {
        if (body == null) {
            jdbc.sql("delete from concern_status_text where municipality_id = ? and text_key = ? and language = ?")
                    .params(municipality.value(), key.name(), language).update();
        } else {
            jdbc.sql("""
                    insert into concern_status_text (municipality_id, text_key, language, body, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (municipality_id, text_key, language)
                    do update set body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                    .params(municipality.value(), key.name(), language, body, by, Timestamp.from(clock.instant()))
                    .update();
        }
    }

    private String standard(StatusTextKey key, String language) {
        return messages.getMessage("concern.statusText." + key.name(), null, Locale.forLanguageTag(language));
    }
}
