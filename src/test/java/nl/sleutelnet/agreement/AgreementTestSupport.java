package nl.sleutelnet.agreement;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Fresh key figures and agreement forms for tests, so that tests do not depend on each other or on demo data.
 * Tests create their key figures in Lingedonk (and Waalbergen as the foreign municipality): other tests count
 * the demo key figures of Maasoever.
 */
public final class AgreementTestSupport {

    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final String[] LETTERS = { "Anouk", "Bente", "Cor", "Dirk", "Eva", "Fenna", "Gijs", "Hidde" };

    private AgreementTestSupport() {
    }

    /** A new active key figure with a unique, letters-only family name (returned as "given family"). */
    public static KeyFigureId newKeyFigure(KeyFigureService keyFigures, MunicipalityId municipality, String family) {
        int n = NUMBER.incrementAndGet();
        String given = LETTERS[n % LETTERS.length];
        String unique = family + "-" + Integer.toString(n, 26).replaceAll("[0-9]", "x");
        return CurrentTenant.callAs(municipality, () -> keyFigures.register(new KeyFigureDraft(given, null, unique,
                null, null, "nl", ContactChannel.PHONE, List.of(RoleType.CONNECTOR), false, List.of(), List.of(),
                null), KeyFigureStatus.ACTIVE));
    }

    public static String nameOf(KeyFigureService keyFigures, MunicipalityId municipality, KeyFigureId id) {
        return CurrentTenant.callAs(municipality, () -> keyFigures.find(id).displayName());
    }

    /** Two different active staff members who may be contact person and backup. */
    public static List<UUID> contactStaff(AccountService accounts, MunicipalityId municipality) {
        return accounts.staffOf(municipality).stream().filter(StaffMember::active)
                .filter(s -> s.roles().contains(Role.COORDINATOR) || s.roles().contains(Role.CONCERN_HANDLER))
                .map(StaffMember::id).limit(2).toList();
    }

    /** A valid agreement form post as a coordinator of the municipality. */
    public static MockHttpServletRequestBuilder agreementForm(KeyFigureId keyFigure, MunicipalityId municipality,
            UUID contactPerson, UUID backup, String cadenceDays, LocalDate review, String expectations) {
        return post("/sleutelfiguren/" + keyFigure.value() + "/afspraak").with(csrf())
                .with(TestUsers.as(Role.COORDINATOR, municipality))
                .param("taal", "nl").param("rollen", "CONNECTOR", "DOER")
                .param("verwachtingenGemeente", expectations)
                .param("verwachtingenSleutelfiguur", "Laat het weten als er iets speelt in de buurt.")
                .param("ritme", "anders").param("ritmeDagen", cadenceDays)
                .param("contactpersoon", contactPerson == null ? "" : contactPerson.toString())
                .param("vervanger", backup == null ? "" : backup.toString())
                .param("herzieningsdatum", review == null ? "" : review.toString());
    }

    public static long agreementRows(JdbcClient jdbc, MunicipalityId municipality) {
        return CurrentTenant.callAs(municipality, () -> jdbc.sql("select count(*) from agreement")
                .query(Long.class).single());
    }
}
