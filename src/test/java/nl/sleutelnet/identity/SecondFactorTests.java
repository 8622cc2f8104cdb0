package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.DemoTenants;

@SleutelnetTest
class SecondFactorTests {

    @Autowired
    AccountService accounts;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accountRows;

    private SleutelnetUser newStaffMember() {
        String username = "totp-" + UUID.randomUUID() + "@test";
        accounts.createStaff(DemoTenants.MAASOEVER, username, "Test", "Lange-Test-Zin-2026!", Set.of(Role.COORDINATOR));
        return accountRows.findByUsername(username).orElseThrow();
    }

    private String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    @Test
    void staff_need_a_second_factor_and_key_figures_do_not() {
        assertThat(secondFactor.required(newStaffMember())).isTrue();
        var keyFigure = TestUsers.user(Role.KEY_FIGURE, DemoTenants.MAASOEVER);
        assertThat(secondFactor.required(keyFigure)).isFalse();
    }

    @Test
    void enrolment_with_a_correct_code_stores_the_secret_encrypted_and_gives_ten_recovery_codes() throws Exception {
        SleutelnetUser user = newStaffMember();
        SecondFactor.Enrolment enrolment = secondFactor.startEnrolment(user);
        assertThat(enrolment.qrDataUri()).startsWith("data:image/png;base64,");

        assertThat(secondFactor.confirmEnrolment(user, enrolment.secret(),
                code(enrolment.secret(), secondFactor.currentStep() + 100))).as("wrong code").isEmpty();
        List<String> recovery = secondFactor.confirmEnrolment(user, enrolment.secret(),
                code(enrolment.secret(), secondFactor.currentStep()));

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        String stored = jdbc.sql("select totp_secret from account where id = ?").param(user.accountId())
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(enrolment.secret());
        assertThat(accountRows.findById(user.accountId()).orElseThrow().secondFactorEnrolled()).isTrue();
    }

    @Test
    void a_code_is_accepted_once_and_wrong_or_stale_codes_never() throws Exception {
        SleutelnetUser user = newStaffMember();
        SecondFactor.Enrolment enrolment = secondFactor.startEnrolment(user);
        long now = secondFactor.currentStep();
        secondFactor.confirmEnrolment(user, enrolment.secret(), code(enrolment.secret(), now - 1));

        assertThat(secondFactor.verify(user, code(enrolment.secret(), now - 1))).as("replay").isFalse();
        assertThat(secondFactor.verify(user, code(enrolment.secret(), now - 5))).as("stale").isFalse();
        assertThat(secondFactor.verify(user, "12345")).as("malformed").isFalse();
        assertThat(secondFactor.verify(user, null)).isFalse();
        String current = code(enrolment.secret(), now);
        assertThat(secondFactor.verify(user, current)).isTrue();
        assertThat(secondFactor.verify(user, current)).as("same code twice").isFalse();
    }

    @Test
    void a_recovery_code_works_exactly_once() throws Exception {
        SleutelnetUser user = newStaffMember();
        SecondFactor.Enrolment enrolment = secondFactor.startEnrolment(user);
        List<String> recovery = secondFactor.confirmEnrolment(user, enrolment.secret(),
                code(enrolment.secret(), secondFactor.currentStep()));

        assertThat(secondFactor.useRecoveryCode(user, "  " + recovery.get(3).toUpperCase() + " ")).isTrue();
        assertThat(secondFactor.useRecoveryCode(user, recovery.get(3))).isFalse();
        assertThat(secondFactor.useRecoveryCode(user, "geen-echte-code")).isFalse();
        assertThat(jdbc.sql("select count(*) from recovery_code where account_id = ? and code_hash like '%-%'")
                .param(user.accountId()).query(Long.class).single()).as("stored hashed").isZero();
    }
}
