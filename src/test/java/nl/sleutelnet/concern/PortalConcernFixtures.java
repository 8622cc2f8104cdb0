package nl.sleutelnet.concern;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.identity.PortalUsers;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Reporters in Lingedonk, the raise form as a key figure types it, and a handler's steps through the service. */
final class PortalConcernFixtures {

    static final MunicipalityId TOWN = DemoTenants.LINGEDONK;
    static final String FACTS = "Een jongen op het plein deelt filmpjes waarin geweld wordt verheerlijkt.";
    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final String[] GIVEN = { "Ilse", "Joost", "Karin", "Lars", "Mila", "Niels" };

    private PortalConcernFixtures() {
    }

    /** A key figure with an e-mail address and the given language (nl or en). */
    static KeyFigureId reporter(KeyFigureService keyFigures, String family, String language) {
        int n = NUMBER.incrementAndGet();
        String unique = family + "-" + Integer.toString(n, 26).replaceAll("[0-9]", "x") + "-"
                + Long.toString(System.nanoTime() % 100_000, 26).replaceAll("[0-9]", "y");
        String email = "melder-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.demo";
        return CurrentTenant.callAs(TOWN, () -> keyFigures.register(new KeyFigureDraft(GIVEN[n % GIVEN.length], null,
                unique, email, null, language, ContactChannel.EMAIL, List.of(RoleType.CONNECTOR), false, List.of(),
                List.of(), null), KeyFigureStatus.ACTIVE));
    }

    static String email(KeyFigureService keyFigures, KeyFigureId id) {
        return CurrentTenant.callAs(TOWN, () -> keyFigures.find(id).email().value());
    }

    static RequestPostProcessor signedIn(KeyFigureId id) {
        return PortalUsers.keyFigure(TOWN, id.value());
    }

    /** A complete, valid concern form; {@code changes} are field/value pairs that replace or add a field. */
    static MockHttpServletRequestBuilder concernForm(KeyFigureId reporter, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("soort", "CONCERN");
        fields.put("leeftijd", "AGE_12_17");
        fields.put("feiten", FACTS);
        fields.put("interpretatie", "Ik denk dat hij zich steeds meer afzet tegen iedereen.");
        fields.put("bron", "OWN_OBSERVATION");
        fields.put("tegenindicaties", "Hij gaat nog elke dag naar school.");
        fields.put("terugkoppeling", "EMAIL_AND_PORTAL");
        return form(reporter, fields, changes);
    }

    static MockHttpServletRequestBuilder adviceForm(KeyFigureId reporter, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("soort", "ADVICE");
        fields.put("feiten", "Hoe begeleid ik een fel gesprek op de sportclub?");
        fields.put("terugkoppeling", "PORTAL_ONLY");
        return form(reporter, fields, changes);
    }

    private static MockHttpServletRequestBuilder form(KeyFigureId reporter, Map<String, String> fields,
            String... changes) {
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/portaal/zorgen/nieuw").with(signedIn(reporter)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    /** Runs as a concern handler of Lingedonk (a fresh account each time, so two calls are two handlers). */
    static <T> T asHandler(Supplier<T> work) {
        return CurrentTenant.callAs(TOWN, () -> {
            var user = TestUsers.user(Role.CONCERN_HANDLER, TOWN);
            SecurityContextHolder.getContext().setAuthentication(TestUsers.authentication(user));
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    static void handle(ConcernHandling service, ConcernId id, Step step) {
        asHandler(() -> {
            step.take(service, id, service.find(id).version());
            return null;
        });
    }

    /** The reporter's concerns, newest first. */
    static List<ReporterConcernLine> concernsOf(ReporterConcerns service, KeyFigureId reporter) {
        return CurrentTenant.callAs(TOWN, () -> service.ofReporter(reporter));
    }

    static ConcernId newest(ReporterConcerns service, KeyFigureId reporter) {
        return concernsOf(service, reporter).get(0).id();
    }

    static Concern concern(ConcernHandling service, ConcernId id) {
        return CurrentTenant.callAs(TOWN, () -> service.find(id));
    }

    static long count(JdbcClient jdbc, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return CurrentTenant.callAs(TOWN, () -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }

    /** Received → acknowledged → in assessment → care route → closed. */
    static void closeAsCareRoute(ConcernHandling service, ConcernId id) {
        handle(service, id, (s, c, v) -> s.acknowledge(c, v, null));
        handle(service, id, (s, c, v) -> s.startAssessment(c, v, null));
        handle(service, id, (s, c, v) -> s.decide(c, v, Decision.of("CARE_ROUTE", "Jongerenwerk gaat in gesprek.")));
        handle(service, id, (s, c, v) -> s.close(c, v, null));
    }

    @FunctionalInterface
    interface Step {
        void take(ConcernHandling service, ConcernId id, int version);
    }
}
