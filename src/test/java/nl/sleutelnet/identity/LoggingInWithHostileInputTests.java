package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.RowCounts;
import nl.sleutelnet.SleutelnetTest;

/**
 * Property: whatever is typed into the login form, the answer is the ordinary "login failed"
 * redirect: never a server error, never a session, never a changed account.
 */
@SleutelnetTest
class LoggingInWithHostileInputTests {

    /** A demo account that only these tests try to break into; its lockout is lifted afterwards. */
    static final String TARGET = "onderzoeker@maasoever.demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void liftTheLockout() {
        throttle.reset(TARGET);
    }

    @TestFactory
    Stream<DynamicTest> neverSignsInWithAHostileUserNameAndPassword() {
        HostileInput input = HostileInput.forTest("login, hostile user name and password");
        List<String> samples = input.samples(25);
        Map<String, String> before = RowCounts.of(jdbc);
        return Stream.concat(
                input.tests(samples, (i, name) -> refused(name, samples.get((i * 7 + 3) % samples.size()))),
                Stream.of(dynamicTest("changed no account or key figure",
                        () -> assertThat(RowCounts.of(jdbc)).isEqualTo(before))));
    }

    @TestFactory
    Stream<DynamicTest> neverSignsInAnExistingUserWithAHostilePassword() {
        HostileInput input = HostileInput.forTest("login, existing user with a hostile password");
        Map<String, String> before = RowCounts.of(jdbc);
        return Stream.of(
                input.tests(input.samples(10), password -> refused(TARGET, password)),
                input.tests(List.of(IdentityDemoData.PASSWORD + "\u0000", IdentityDemoData.PASSWORD + " ",
                        IdentityDemoData.PASSWORD.toLowerCase(), IdentityDemoData.PASSWORD + "' OR 1=1 --",
                        "' OR 1=1 --"), password -> refused(TARGET, password)),
                Stream.of(dynamicTest("changed no account or key figure",
                        () -> assertThat(RowCounts.of(jdbc)).isEqualTo(before)),
                        dynamicTest("still signs in with the right password (the property is not vacuous)", () -> {
                            throttle.reset(TARGET);
                            MockHttpServletResponse response = login(TARGET, IdentityDemoData.PASSWORD);
                            assertThat(response.getRedirectedUrl()).doesNotContain("fout");
                            assertThat(signedIn(response)).isTrue();
                        })))
                .flatMap(tests -> tests);
    }

    private void refused(String username, String password) {
        try {
            MockHttpServletResponse response = login(username, password);
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).isEqualTo("/inloggen?fout");
            assertThat(signedIn(response)).as("signed in").isFalse();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private MockHttpServletResponse login(String username, String password) throws Exception {
        return mvc.perform(post("/inloggen").with(csrf()).param("gebruikersnaam", username).param("wachtwoord", password))
                .andReturn().getResponse();
    }

    /**
     * Whether the session that the login answer hands out is signed in: a page for every role must open.
     * (Spring Security's authenticated() matcher cannot see sessions kept by Spring Session.)
     */
    private boolean signedIn(MockHttpServletResponse loginResponse) throws Exception {
        Cookie[] cookies = loginResponse.getCookies();
        if (cookies.length == 0) {
            return false;
        }
        MockHttpServletResponse page = mvc.perform(get("/account/wachtwoord").cookie(cookies)).andReturn().getResponse();
        assertThat(page.getStatus()).as("status of a page for every role").isLessThan(500);
        return page.getStatus() == 200;
    }
}
