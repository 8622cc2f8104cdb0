package nl.sleutelnet.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

import nl.sleutelnet.SleutelnetTest;

/**
 * The session store as the session filter uses it: the row is written when something changed or
 * when its last access is a minute old, not on every request; the idle timeout still ends a
 * session; within one request the session is read from the database once.
 */
@SleutelnetTest
class StoringSessionsTests {

    SessionRepository<Session> sessions;

    DataSource sessionDataSource;

    @SuppressWarnings({ "unchecked", "rawtypes" })
    StoringSessionsTests(@Autowired SessionRepository<? extends Session> store,
            @Autowired @SpringSessionDataSource DataSource sessionDataSource) {
        assertThat(store).as("the store the session filter uses").isInstanceOf(RequestScopedSessionStore.class);
        this.sessions = (SessionRepository) store;
        this.sessionDataSource = sessionDataSource;
    }

    @Test
    void a_request_within_a_minute_of_the_stored_last_access_does_not_write_the_row() {
        Session session = sessions.createSession();
        Instant start = Instant.now().minus(Duration.ofMinutes(10));
        session.setLastAccessedTime(start);
        sessions.save(session);

        Session again = sessions.findById(session.getId());
        again.setLastAccessedTime(start.plusSeconds(59));
        sessions.save(again);
        assertThat(storedLastAccess(session.getId())).isEqualTo(start.toEpochMilli());

        Session later = sessions.findById(session.getId());
        later.setLastAccessedTime(start.plusSeconds(60));
        sessions.save(later);
        assertThat(storedLastAccess(session.getId())).isEqualTo(start.plusSeconds(60).toEpochMilli());
        sessions.deleteById(session.getId());
    }

    @Test
    void a_changed_session_id_or_principal_is_written_at_once() {
        Session session = sessions.createSession();
        sessions.save(session);
        Session loaded = sessions.findById(session.getId());
        String newId = loaded.changeSessionId();
        loaded.setAttribute(JdbcIndexedSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "coordinator@maasoever.demo");
        sessions.save(loaded);

        assertThat(sessions.findById(session.getId())).isNull();
        assertThat(sessions.findById(newId)).isNotNull();
        assertThat(JdbcClient.create(sessionDataSource)
                .sql("select principal_name from spring_session where session_id = ?").param(newId)
                .query(String.class).single()).isEqualTo("coordinator@maasoever.demo");
        sessions.deleteById(newId);
    }

    @Test
    void a_session_idle_past_its_timeout_is_gone_although_recent_requests_were_not_written() {
        Session session = sessions.createSession();
        session.setMaxInactiveInterval(Duration.ofMinutes(30));
        Instant start = Instant.now().minus(Duration.ofMinutes(31));
        session.setLastAccessedTime(start);
        sessions.save(session);
        Session touched = sessions.findById(session.getId());
        assertThat(touched).as("31 minutes idle with a 30 minute timeout").isNull();
    }

    @Test
    void an_attribute_set_within_the_minute_is_written_with_the_last_access() {
        Session session = sessions.createSession();
        Instant start = Instant.now().minus(Duration.ofMinutes(10));
        session.setLastAccessedTime(start);
        sessions.save(session);

        Session loaded = sessions.findById(session.getId());
        loaded.setLastAccessedTime(start.plusSeconds(5));
        loaded.setAttribute("notice", "opgeslagen");
        sessions.save(loaded);

        assertThat(storedLastAccess(session.getId())).isEqualTo(start.plusSeconds(5).toEpochMilli());
        assertThat((String) sessions.findById(session.getId()).getAttribute("notice")).isEqualTo("opgeslagen");
        sessions.deleteById(session.getId());
    }

    @Test
    void within_one_request_the_session_is_read_once_and_outside_a_request_every_time() throws Exception {
        Session session = sessions.createSession();
        sessions.save(session);
        String id = session.getId();

        List<Session> found = new ArrayList<>();
        RequestScopedSessionStore.scope().doFilter(null, null, (request, response) -> {
            Session first = sessions.findById(id);
            first.setAttribute("notice", "opgeslagen");
            sessions.save(first);
            // gone from the database: only the request's own copy can answer now
            JdbcClient.create(sessionDataSource).sql("delete from spring_session where session_id = ?").param(id).update();
            found.add(first);
            found.add(sessions.findById(id));
        });
        assertThat(found.get(1)).isSameAs(found.get(0));
        assertThat(sessions.findById(id)).as("outside the request: read from the database").isNull();
        RequestScopedSessionStore.scope().doFilter(null, null, (request, response) ->
                assertThat(sessions.findById(id)).as("a later request: no copy of an earlier one").isNull());
    }

    private long storedLastAccess(String id) {
        return JdbcClient.create(sessionDataSource).sql("select last_access_time from spring_session where session_id = ?")
                .param(id).query(Long.class).single();
    }
}
