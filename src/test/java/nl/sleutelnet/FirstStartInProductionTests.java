package nl.sleutelnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.sleutelnet.identity.Browserless;

/**
 * The walk-through of docs/operations.md ("Eerste start"), step by step, in the {@code prod}
 * profile: an empty PostgreSQL with an owner and an application role, the set-up step run as the
 * operator runs it (the jar's main class in a process of its own, exit codes included), then the
 * application started and, over HTTP, the printed link opened, a password set, the second factor
 * enrolled with a computed code and the start page reached. Running the step again for the same
 * municipality is refused and creates no second administrator.
 */
class FirstStartInProductionTests {

    private static final Pattern LINK = Pattern.compile("https://sleutelnet\\.gemeente\\.test(/account/instellen/[A-Za-z0-9_-]{43})");
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7]+)<");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "de rivier stroomt traag langs de dijk";

    private static EmbeddedPostgres postgres;
    private static List<String> settings;

    @BeforeAll
    static void anEmptyDatabaseWithAnOwnerAndAnApplicationRole() throws Exception {
        postgres = EmbeddedPostgres.builder().setPort(0).setServerConfig("max_connections", "60")
                .setServerConfig("timezone", "UTC").start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create role sleutelnet_owner login password 'eigenaar-wachtwoord'");
            sql.execute("create role sleutelnet_app login password 'app-wachtwoord' nosuperuser nobypassrls");
            sql.execute("create database sleutelnet owner sleutelnet_owner");
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        // The environment of docs/operations.md, as command-line settings.
        settings = List.of("--spring.profiles.active=prod",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/sleutelnet",
                "--spring.datasource.username=sleutelnet_app", "--spring.datasource.password=app-wachtwoord",
                "--spring.flyway.user=sleutelnet_owner", "--spring.flyway.password=eigenaar-wachtwoord",
                "--sleutelnet.encryption.key=" + Base64.getEncoder().encodeToString(key),
                "--spring.mail.host=localhost", "--spring.mail.port=2525", "--sleutelnet.mail.from=sleutelnet@gemeente.test",
                "--sleutelnet.mail.base-url=https://sleutelnet.gemeente.test");
    }

    @AfterAll
    static void stopTheDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static SetupProcess.Run setup(String... arguments) throws Exception {
        return SetupProcess.run(settings, arguments);
    }

    private static long count(String query) throws Exception {
        try (Connection connection = postgres.getDatabase("postgres", "sleutelnet").getConnection();
                Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }

    /** Opens the link, sets the password, enrols the second factor with a computed code; returns the browser. */
    private static Browserless firstLogin(int port, String linkPath) throws Exception {
        Browserless browser = new Browserless(port);
        HttpResponse<String> page = browser.get(linkPath);
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> set = browser.post(linkPath,
                Map.of("wachtwoord", PASSWORD, "herhaling", PASSWORD, "_csrf", csrfOf(page)));
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/tweede-factor/instellen"));
        HttpResponse<String> enrol = browser.get("/tweede-factor/instellen");
        Matcher secret = SECRET.matcher(enrol.body());
        assertThat(secret.find()).isTrue();
        String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret.group(1),
                System.currentTimeMillis() / 1000 / 30);
        HttpResponse<String> enrolled = browser.post("/tweede-factor/instellen", Map.of("code", code, "_csrf", csrfOf(enrol)));
        assertThat(enrolled.statusCode()).isEqualTo(200);
        assertThat(enrolled.body()).contains("herstelcodes");
        return browser;
    }

    @Test
    void from_an_empty_database_to_a_first_login_of_the_administrator_and_the_platform_administrator() throws Exception {
        // 1. The set-up step: migrations, region, municipality, first administrator; the link is printed.
        SetupProcess.Run first = setup("gemeente", "--region=Regio Rivierenland", "--municipality=Lindewaard", "--cbs-code=GM9301",
                "--admin-name=Anna de Beheerder", "--admin-email=anna@lindewaard.test");
        assertThat(first.exit()).as(first.output()).isZero();
        Matcher link = LINK.matcher(first.output());
        assertThat(link.find()).as(first.output()).isTrue();
        assertThat(first.output()).doesNotContainIgnoringCase("wachtwoord:").contains("Regio Rivierenland (aangemaakt)");
        assertThat(count("select count(*) from account where password_hash is not null")).as("no password anywhere").isZero();
        assertThat(count("select count(*) from audit_event where actor_kind = 'SYSTEM' and action in ('CREATE', 'SETUP_LINK_ISSUED')"))
                .as("region, municipality, account, link").isEqualTo(4);

        // 2. Again for the same municipality: refused, nothing created.
        SetupProcess.Run again = setup("gemeente", "--region=Regio Rivierenland", "--municipality=Lindewaard", "--cbs-code=GM9301",
                "--admin-name=Bert Tweede", "--admin-email=bert@lindewaard.test");
        assertThat(again.exit()).as(again.output()).isEqualTo(3);
        assertThat(again.output()).contains("heeft al een beheerder").doesNotContain("/account/instellen/");
        assertThat(count("select count(*) from account")).isOne();

        // 3. Wrong input: a clear message, non-zero, nothing created (not even the new region).
        SetupProcess.Run wrong = setup("gemeente", "--region=Regio Betuwe", "--municipality=Appelburg", "--cbs-code=GM93",
                "--admin-name=Carla", "--admin-email=carla@appelburg.test");
        assertThat(wrong.exit()).as(wrong.output()).isEqualTo(2);
        assertThat(wrong.output()).contains("--cbs-code").contains("GM gevolgd door vier cijfers");
        assertThat(count("select count(*) from region")).isOne();
        assertThat(setup("gemeente").exit()).isEqualTo(1);

        // 3b. The administrator did not use the link in time: a new one, the old one revoked.
        SetupProcess.Run renewed = setup("link", "--email=anna@lindewaard.test");
        assertThat(renewed.exit()).as(renewed.output()).isZero();
        Matcher revoked = link;
        link = LINK.matcher(renewed.output());
        assertThat(link.find()).as(renewed.output()).isTrue();
        assertThat(link.group(1)).isNotEqualTo(revoked.group(1));
        assertThat(setup("link", "--email=onbekend@lindewaard.test").exit()).isEqualTo(2);

        // 4. An installation-wide platform administrator.
        SetupProcess.Run platform = setup("platformbeheerder", "--name=Piet Platform", "--email=piet@beheer.test");
        assertThat(platform.exit()).as(platform.output()).isZero();
        Matcher platformLink = LINK.matcher(platform.output());
        assertThat(platformLink.find()).isTrue();

        // 5. The application starts in prod; each first login over HTTP.
        List<String> start = new ArrayList<>(settings);
        start.add("--server.port=0");
        start.add("--spring.main.banner-mode=off");
        try (ConfigurableApplicationContext app = SpringApplication.run(SleutelnetApplication.class, start.toArray(String[]::new))) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            assertThat(new Browserless(port).get(revoked.group(1)).statusCode()).as("revoked").isEqualTo(404);

            Browserless anna = firstLogin(port, link.group(1));
            HttpResponse<String> home = anna.get("/");
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/start"));
            HttpResponse<String> startPage = anna.get("/start");
            assertThat(startPage.statusCode()).isEqualTo(200);
            assertThat(startPage.body()).contains("Anna de Beheerder").contains("Lindewaard");
            assertThat(new Browserless(port).get(link.group(1)).statusCode()).as("the link is used up").isEqualTo(404);

            Browserless piet = firstLogin(port, platformLink.group(1));
            assertThat(piet.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/platform"));
            HttpResponse<String> platformPage = piet.get("/platform");
            assertThat(platformPage.statusCode()).isEqualTo(200);
            assertThat(platformPage.body()).contains("Regio Rivierenland");
            assertThat(piet.get("/start").statusCode()).isEqualTo(403);
            assertThat(piet.get("/sleutelfiguren").statusCode()).isEqualTo(403);

            // And the chosen password signs in again, to the second factor.
            HttpResponse<String> login = new Browserless(port).login("anna@lindewaard.test", PASSWORD);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/tweede-factor"));
        }
    }
}
