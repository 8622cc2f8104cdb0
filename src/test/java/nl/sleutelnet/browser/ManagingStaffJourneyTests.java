package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import nl.sleutelnet.identity.AccountSetupLinks;

/**
 * The administrator's staff pages in the browser, with axe on every page: invite a coordinator (a
 * refused form first), the coordinator sets up the account from the mail and enrols the second
 * factor, the administrator deactivates them, and the coordinator's open session is gone on the next
 * click. Two people, one Chromium: each person's session cookie is set back before their turn.
 */
@BrowserTest
class ManagingStaffJourneyTests {

    private static final String PASSWORD = "de pont vaart af bij laag water";
    private static final Pattern LINK = Pattern.compile("(" + Pattern.quote(AccountSetupLinks.PATH) + "[A-Za-z0-9_-]+)");

    @Autowired
    GreenMail greenMail;

    @Test
    void an_administrator_invites_a_coordinator_who_sets_up_the_account_and_is_signed_out_when_deactivated(
            Browser browser) throws Exception {
        LoginSteps.logInDemo(browser, "beheerder@maasoever.demo");
        assertThat(browser.findAll(By.cssSelector("nav a[href='/beheer/gebruikers']"))).as("in the menu").isNotEmpty();
        browser.visit("/beheer/gebruikers");
        assertThat(browser.heading()).isEqualTo("Gebruikers");
        browser.clickAndLoad(By.linkText("Medewerker uitnodigen"));
        assertThat(browser.heading()).isEqualTo("Medewerker uitnodigen");

        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.id("naam-fout"))).isEqualTo("Vul de naam in.");
        assertThat(browser.text(By.id("rollen-fout"))).isEqualTo("Kies minstens één rol.");

        String email = "nieuwe-coordinator-" + UUID.randomUUID().toString().substring(0, 8) + "@maasoever.test";
        browser.type(By.id("naam"), "Nina Nieuw").type(By.id("email"), email);
        browser.find(By.id("rol-COORDINATOR")).click();
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Nina Nieuw");
        assertThat(browser.text(By.cssSelector("main"))).contains("De uitnodiging is verstuurd.", "Uitgenodigd");
        String memberPage = browser.path();
        Map<String, Object> administrator = sessionCookie(browser);

        browser.chrome().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.visit(linkMailedTo(email));
        assertThat(browser.heading()).isEqualTo("Uw account instellen");
        browser.type(By.id("wachtwoord"), PASSWORD).type(By.id("herhaling"), PASSWORD);
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/tweede-factor/instellen");
        browser.type(By.id("code"), Totp.code(browser.text(By.id("totp-secret"))));
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        browser.clickAndLoad(By.linkText("Ik heb de codes bewaard, doorgaan"));
        assertThat(browser.path()).isEqualTo("/start");
        Map<String, Object> coordinator = sessionCookie(browser);

        useSession(browser, administrator);
        browser.visit(memberPage);
        assertThat(browser.text(By.cssSelector("main"))).contains("Actief", "Ingesteld");
        browser.clickAndLoad(By.cssSelector("form#deactiveren button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main"))).contains("Het account is gedeactiveerd",
                "Gedeactiveerd");

        useSession(browser, coordinator);
        browser.visit("/start");
        assertThat(browser.path()).as("the coordinator's session is gone").isEqualTo("/inloggen");
    }

    private String linkMailedTo(String address) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<String> links = new ArrayList<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
                    Matcher matcher = LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", ""));
                    if (matcher.find()) {
                        links.add(matcher.group(1));
                    }
                }
            }
            if (!links.isEmpty()) {
                return links.get(links.size() - 1);
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no invitation mailed to " + address);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sessionCookie(Browser browser) {
        Map<String, Object> all = browser.chrome().executeCdpCommand("Network.getAllCookies", Map.of());
        return ((List<Map<String, Object>>) all.get("cookies")).stream()
                .filter(c -> "__Host-SESSION".equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    /** Makes the browser this person again: only their session cookie. */
    private static void useSession(Browser browser, Map<String, Object> cookie) {
        browser.chrome().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.chrome().executeCdpCommand("Network.setCookie", Map.of("name", cookie.get("name"), "value",
                cookie.get("value"), "url", browser.url().replaceAll("^(https?://[^/]+).*$", "$1/"), "path", "/",
                "secure", true, "httpOnly", true, "sameSite", "Strict"));
    }
}
