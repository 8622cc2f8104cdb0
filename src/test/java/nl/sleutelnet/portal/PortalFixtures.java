package nl.sleutelnet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Key figures, portal accounts and mails for the portal tests; each call makes fresh, unique ones. */
public final class PortalFixtures {

    public static final String PASSWORD = "Een-Lange-Portaalzin-2026";
    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/uitnodiging\\?code=([0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}))");

    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final JdbcClient jdbc;

    public PortalFixtures(KeyFigureService keyFigures, AccountService accounts, JdbcClient jdbc) {
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A name and address no other test uses, with nothing in common between name and address. */
    public record Person(String givenName, String familyName, String email, String localPart) {

        public static Person fresh() {
            String n = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L, 36);
            return new Person("Quirina", "Zwaluwstaart" + letters(n), "qz-" + n + "@voorbeeld.test", "qz-" + n);
        }

        private static String letters(String n) {
            StringBuilder out = new StringBuilder();
            n.chars().forEach(c -> out.append((char) ('a' + Character.digit(c, 36) % 26)));
            return out.toString();
        }

        public String displayName() {
            return givenName + " " + familyName;
        }
    }

    public KeyFigureId keyFigure(MunicipalityId municipality, Person person, KeyFigureStatus status) {
        return CurrentTenant.callAs(municipality, () -> keyFigures.register(new KeyFigureDraft(person.givenName(), null,
                person.familyName(), person.email(), null, "nl", ContactChannel.EMAIL, List.of(), false, List.of(),
                List.of(), null), status));
    }

    /** A key figure with a portal account (made directly, not through an invitation); returns the user name. */
    public String keyFigureWithAccount(MunicipalityId municipality, Person person) {
        KeyFigureId id = keyFigure(municipality, person, KeyFigureStatus.ACTIVE);
        CurrentTenant.runAs(municipality, () -> accounts.createKeyFigureAccount(municipality, id.value(), person.email(),
                person.displayName(), PASSWORD));
        return person.email();
    }

    /**
     * Logs in through the real login form (key-figure accounts need no second factor) and
     * returns the session cookie: sessions live in the database, not in the mock request.
     */
    public static Cookie logIn(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/inloggen").param("gebruikersnaam", username).param("wachtwoord", password)
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("login of " + username).isEqualTo("/");
        Cookie session = result.getResponse().getCookie("__Host-SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    /** The last mail that arrived for the address (waiting for it if needed). */
    public static MimeMessage mailTo(GreenMail greenMail, String address) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            MimeMessage found = null;
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
                    found = m;
                }
            }
            if (found != null) {
                return found;
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + address);
    }

    public static int mailsTo(GreenMail greenMail, String address) throws Exception {
        int count = 0;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
                count++;
            }
        }
        return count;
    }

    /** The path and query of the invitation link in a mail body, e.g. /uitnodiging?code=... */
    public static String invitationPath(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("an invitation link in: " + body).isTrue();
        String path = matcher.group(1);
        while (matcher.find()) {
            path = matcher.group(1);
        }
        return path;
    }

    public static String code(String invitationPath) {
        return invitationPath.substring(invitationPath.indexOf("code=") + 5);
    }

    /**
     * Removes the key figures and accounts these fixtures made (their requests and invitations go
     * with them), so that other tests of the shared context see the demo data as seeded.
     */
    public void cleanUp() {
        for (MunicipalityId municipality : DemoTenants.MUNICIPALITIES) {
            CurrentTenant.runAs(municipality, () -> {
                jdbc.sql("""
                        delete from account where municipality_id = ? and (username like 'qz-%' or key_figure_id in
                            (select id from key_figure where email like 'qz-%@voorbeeld.test'))""")
                        .param(municipality.value()).update();
                jdbc.sql("delete from key_figure where email like 'qz-%@voorbeeld.test'").update();
            });
        }
    }

    public long auditRows(String action, UUID recordId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?")
                .params(action, recordId).query(Long.class).single();
    }
}
