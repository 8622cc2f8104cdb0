package nl.sleutelnet.contact;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Real accounts and fresh key figures for the contact tests. Contact moments name real staff
 * accounts (present, owner), so these tests sign in as existing accounts instead of the random
 * principals of {@link TestUsers}.
 */
final class ContactFixtures {

    static final String PASSWORD = "Demo-Sleutelnet-2026";
    static final String TEST_PASSWORD = "Lange-Contact-Zin-2026!";

    private final AuthenticationManager authentication;
    private final AccountService accounts;
    private final KeyFigureService keyFigures;
    private final JdbcClient jdbc;

    static ContactFixtures of(ApplicationContext context) {
        return new ContactFixtures(context.getBean(AuthenticationManager.class), context.getBean(AccountService.class),
                context.getBean(KeyFigureService.class), context.getBean(JdbcClient.class));
    }

    private ContactFixtures(AuthenticationManager authentication, AccountService accounts, KeyFigureService keyFigures,
            JdbcClient jdbc) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.keyFigures = keyFigures;
        this.jdbc = jdbc;
    }

    /** A demo account (password, no second factor in demo mode) as the signed-in principal. */
    SleutelnetUser demo(String username) {
        return signIn(username, PASSWORD);
    }

    SleutelnetUser signIn(String username, String password) {
        return (SleutelnetUser) authentication
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)).getPrincipal();
    }

    /** A new staff account of its own, so that "only mine" lists hold exactly what a test made. */
    SleutelnetUser newStaff(MunicipalityId municipality, Role role) {
        String username = "contact-" + UUID.randomUUID() + "@test";
        accounts.createStaff(municipality, username, "Contact Tester " + username.substring(8, 12), TEST_PASSWORD,
                EnumSet.of(role));
        return signIn(username, TEST_PASSWORD);
    }

    static RequestPostProcessor as(SleutelnetUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(TestUsers.authentication(user));
    }

    /** An active key figure with a rhythm, a contact person and optionally a last contact. */
    KeyFigureId keyFigure(MunicipalityId municipality, String familyName, KeyFigureStatus status, Integer cadence,
            LocalDate lastContact, UUID contactPerson) {
        return CurrentTenant.callAs(municipality, () -> {
            KeyFigureId id = keyFigures.register(new KeyFigureDraft("Test", null, familyName, null, null, "nl",
                    ContactChannel.IN_PERSON, List.of(), false, List.of(), List.of(), null), status);
            keyFigures.arrangeContact(id, contactPerson, null, cadence);
            if (lastContact != null) {
                keyFigures.contactRecorded(id, lastContact);
            }
            return id;
        });
    }

    void share(MunicipalityId municipality, KeyFigureId keyFigure, UUID account) {
        CurrentTenant.runAs(municipality, () -> jdbc.sql("""
                insert into key_figure_share (municipality_id, key_figure_id, account_id) values (?, ?, ?)""")
                .params(municipality.value(), keyFigure.value(), account).update());
    }

    /** Rows of the contact tables of one municipality, with a digest, to show that nothing was written. */
    Map<String, String> contactRows(MunicipalityId municipality) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String table : Set.of("contact_moment", "contact_moment_participant", "follow_up_action")) {
            rows.put(table, CurrentTenant.callAs(municipality, () -> jdbc.sql("select count(*) || ' ' || "
                    + "coalesce(md5(string_agg(t::text, ',' order by t::text)), '-') from " + table + " t")
                    .query(String.class).single()));
        }
        return rows;
    }

    long contactsOf(MunicipalityId municipality, KeyFigureId keyFigure) {
        return CurrentTenant.callAs(municipality, () -> jdbc.sql(
                "select count(*) from contact_moment where key_figure_id = ?").param(keyFigure.value())
                .query(Long.class).single());
    }
}
