package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import nl.sleutelnet.SetupProcess;
import nl.sleutelnet.SleutelnetApplication;
import nl.sleutelnet.identity.AccountSetupLinks;

/**
 * A municipality adopts Sleutelnet, end to end in the {@code prod} profile and a real Chromium,
 * with axe on every page: the operator runs the set-up step (the application's main class in a
 * process of its own, against an empty PostgreSQL with an owner and an application role, as
 * docs/operations.md says); the application starts in {@code prod}; the first administrator opens
 * the printed link, sets a password, enrols the second factor and reaches the start page; invites
 * a coordinator, whose invitation goes through SMTP to a mail server started by the test; the
 * coordinator, in a second browser with a profile of its own, opens the link from that mail, sets a
 * password, enrols, reaches the start page and signs in once more with password and code; the
 * administrator deactivates the coordinator, and the coordinator's next click lands on the login
 * page.
 * <p>
 * One deviation from the production settings: the test's SMTP server (GreenMail 2.1) offers no
 * STARTTLS, which the {@code prod} profile requires, so the test switches that requirement off.
 */
@Tag("browser")
class AdoptingSleutelnetInProductionJourneyTests {

    private static final String BASE_URL = "https://sleutelnet.veenhoven.test";
    private static final Pattern PRINTED_LINK = Pattern.compile(Pattern.quote(BASE_URL) + "("
            + Pattern.quote(AccountSetupLinks.PATH) + "[A-Za-z0-9_-]{43})");
    private static final String ADMINISTRATOR_PASSWORD = "de veerpont wacht bij de oude kerk";
    private static final String COORDINATOR_PASSWORD = "het riet buigt mee met de wind over het water";
    private static final String COORDINATOR = "carla.coordinator@veenhoven.test";

    private static EmbeddedPostgres postgres;
    private static GreenMail smtp;
    private static List<String> settings;

    @BeforeAll
    static void anEmptyDatabaseAMailServerAndTheProductionSettings() throws Exception {
        Assumptions.assumeTrue(Chromium.missing().isEmpty(), () -> Chromium.missing().orElse(""));
        postgres = EmbeddedPostgres.builder().setPort(0).setServerConfig("max_connections", "60")
                .setServerConfig("timezone", "UTC").start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create role sleutelnet_owner login password 'eigenaar-wachtwoord'");
            sql.execute("create role sleutelnet_app login password 'app-wachtwoord' nosuperuser nobypassrls");
            sql.execute("create database sleutelnet owner sleutelnet_owner");
        }
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        // The environment of docs/operations.md, as command-line settings.
        settings = List.of("--spring.profiles.active=prod",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/sleutelnet",
                "--spring.datasource.username=sleutelnet_app", "--spring.datasource.password=app-wachtwoord",
                "--spring.flyway.user=sleutelnet_owner", "--spring.flyway.password=eigenaar-wachtwoord",
                "--sleutelnet.encryption.key=" + Base64.getEncoder().encodeToString(key),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--spring.mail.properties.mail.smtp.starttls.required=false",
                "--sleutelnet.mail.from=sleutelnet@veenhoven.test", "--sleutelnet.mail.base-url=" + BASE_URL);
    }

    @AfterAll
    static void stopTheMailServerAndTheDatabase() throws Exception {
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void an_operator_sets_up_a_municipality_whose_administrator_invites_and_later_deactivates_a_coordinator()
            throws Exception {
        // The operator's set-up step: exit 0, the link printed, no password.
        SetupProcess.Run setup = setup("gemeente", "--region=Regio Veenland", "--municipality=Veenhoven", "--cbs-code=GM9302",
                "--admin-name=Ans Beheer", "--admin-email=ans.beheer@veenhoven.test");
        assertThat(setup.exit()).as(setup.output()).isZero();
        Matcher printed = PRINTED_LINK.matcher(setup.output());
        assertThat(printed.find()).as(setup.output()).isTrue();
        String administratorLink = printed.group(1);

        List<String> start = new ArrayList<>(settings);
        start.add("--server.port=0");
        start.add("--spring.main.banner-mode=off");
        try (ConfigurableApplicationContext app = SpringApplication.run(SleutelnetApplication.class,
                start.toArray(String[]::new)); Chromium first = Chromium.start(); Chromium second = Chromium.start()) {
            String url = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
            // Each person a Chromium with a fresh profile of its own, from a blank page (not the new-tab page).
            first.driver().get("about:blank");
            second.driver().get("about:blank");
            Browser administrator = new Browser(first.driver(), url);
            Browser coordinator = new Browser(second.driver(), url);
            try {
                journey(administrator, coordinator, administratorLink);
            } catch (Throwable failure) {
                saveState("administrator", administrator);
                saveState("coordinator", coordinator);
                throw failure;
            }
        }
    }

    private void journey(Browser administrator, Browser coordinator, String administratorLink) throws Exception {
        // The first administrator: password, second factor, recovery codes, start page.
        setUpAccount(administrator, administratorLink, ADMINISTRATOR_PASSWORD);
        assertThat(administrator.path()).isEqualTo("/start");
        assertThat(administrator.text(By.cssSelector("header"))).contains("Ans Beheer", "Veenhoven");
        assertThat(administrator.findAll(By.cssSelector(".demo-banner"))).as("no demo in prod").isEmpty();

        // Invites a coordinator by e-mail.
        administrator.visit("/beheer/gebruikers");
        assertThat(administrator.heading()).isEqualTo("Gebruikers");
        administrator.clickAndLoad(By.linkText("Medewerker uitnodigen"));
        assertThat(administrator.heading()).isEqualTo("Medewerker uitnodigen");
        administrator.type(By.id("naam"), "Carla Coördinator").type(By.id("email"), COORDINATOR);
        administrator.find(By.id("rol-COORDINATOR")).click();
        administrator.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(administrator.heading()).isEqualTo("Carla Coördinator");
        assertThat(administrator.text(By.cssSelector("main"))).contains("De uitnodiging is verstuurd.", "Uitgenodigd");
        String memberPage = administrator.path();

        // The coordinator, in a browser of their own: the link from the mail, password, second factor.
        String mailed = linkMailedTo(COORDINATOR);
        assertThat(mailed).startsWith(BASE_URL + AccountSetupLinks.PATH);
        String secret = setUpAccount(coordinator, mailed.substring(BASE_URL.length()), COORDINATOR_PASSWORD);
        assertThat(coordinator.path()).isEqualTo("/start");
        assertThat(coordinator.findAll(By.cssSelector(".demo-banner"))).isEmpty();

        // ...and signs in again as on any later day: password, then a code from the app.
        LoginSteps.logOut(coordinator);
        LoginSteps.logIn(coordinator, COORDINATOR, COORDINATOR_PASSWORD);
        assertThat(coordinator.path()).isEqualTo("/tweede-factor");
        coordinator.type(By.id("code"), Totp.nextCode(secret));
        coordinator.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(coordinator.path()).isEqualTo("/start");
        assertThat(coordinator.text(By.cssSelector("header"))).contains("Carla Coördinator", "Veenhoven");

        // The administrator sees the coordinator active and enrolled, and deactivates them.
        administrator.visit(memberPage);
        assertThat(administrator.text(By.cssSelector("main"))).contains("Actief", "Ingesteld");
        administrator.clickAndLoad(By.cssSelector("form#deactiveren button[type=submit]"));
        assertThat(administrator.text(By.cssSelector("main"))).contains("Het account is gedeactiveerd", "Gedeactiveerd");

        // The coordinator's next click, on the page still open in their browser: the session is gone.
        coordinator.clickAndLoad(By.cssSelector("nav.main-nav a[href='/sleutelfiguren']"));
        assertThat(coordinator.path()).as("the coordinator's session is gone").isEqualTo("/inloggen");
        coordinator.visit("/start");
        assertThat(coordinator.path()).isEqualTo("/inloggen");
        // ...and the password no longer opens the account.
        LoginSteps.logIn(coordinator, COORDINATOR, COORDINATOR_PASSWORD);
        assertThat(coordinator.path()).startsWith("/inloggen");
        assertThat(coordinator.findAll(By.id("code"))).as("no second step").isEmpty();
        administrator.requireCheckedPage();
        coordinator.requireCheckedPage();
    }

    /** Opens a set-up link, chooses the password, enrols the second factor with a computed code; returns its secret. */
    private static String setUpAccount(Browser browser, String linkPath, String password) {
        browser.visit(linkPath);
        assertThat(browser.heading()).isEqualTo("Uw account instellen");
        browser.type(By.id("wachtwoord"), password).type(By.id("herhaling"), password);
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/tweede-factor/instellen");
        String secret = browser.text(By.id("totp-secret"));
        browser.type(By.id("code"), Totp.code(secret));
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Uw herstelcodes");
        browser.clickAndLoad(By.linkText("Ik heb de codes bewaard, doorgaan"));
        return secret;
    }

    /** The newest set-up link in a mail to the address, as the recipient's mail program shows it. */
    private static String linkMailedTo(String address) throws Exception {
        Pattern link = Pattern.compile("(https?://[^\\s]+" + Pattern.quote(AccountSetupLinks.PATH) + "[A-Za-z0-9_-]+)");
        for (int attempt = 0; attempt < 50; attempt++) {
            List<String> links = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
                    Matcher matcher = link.matcher(GreenMailUtil.getBody(m).replace("=\r\n", ""));
                    if (matcher.find()) {
                        links.add(matcher.group(1));
                    }
                }
            }
            if (!links.isEmpty()) {
                return links.get(links.size() - 1);
            }
            smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no invitation mailed to " + address);
    }

    private static SetupProcess.Run setup(String... arguments) throws Exception {
        return SetupProcess.run(settings, arguments);
    }

    /** A screenshot and the page source of one person's browser, as {@link BrowserExtension} saves them. */
    private static void saveState(String person, Browser browser) {
        String name = AdoptingSleutelnetInProductionJourneyTests.class.getSimpleName() + "." + person;
        try {
            Files.createDirectories(BrowserExtension.FAILURES);
            Files.write(BrowserExtension.FAILURES.resolve(name + ".png"), browser.chrome().getScreenshotAs(OutputType.BYTES));
            Files.writeString(BrowserExtension.FAILURES.resolve(name + ".html"),
                    "<!-- " + browser.url() + " -->\n" + browser.chrome().getPageSource(), StandardCharsets.UTF_8);
            System.err.println("Journey failed; " + person + "'s browser was at " + browser.url() + ", saved in "
                    + BrowserExtension.FAILURES.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser state of " + person + ": " + e);
        }
    }
}
