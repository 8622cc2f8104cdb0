package nl.sleutelnet.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.server.ResponseStatusException;

/** The API's exception handler, without the web stack: every answer is a problem with the right status. */
class AnsweringApiErrorsTests {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(messages());

    private static org.springframework.context.MessageSource messages() {
        var source = new org.springframework.context.support.StaticMessageSource();
        source.addMessage("keyFigure.email.invalid", java.util.Locale.forLanguageTag("nl"), "Dit e-mailadres klopt niet.");
        return source;
    }

    @Test
    void aMissingRecordIsNotFound() {
        assertProblem(handler.notFound(), HttpStatus.NOT_FOUND);
    }

    @Test
    void invalidInputIsABadRequestThatNamesTheRules() {
        ResponseEntity<ProblemDetail> answer = handler.badRequest(new IllegalArgumentException("size"));

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().getDetail()).contains("pagina", "paginaGrootte", "zoek").doesNotContain("size");
    }

    @Test
    void fieldProblemsAreListedAsInvalidParamsInDutch() {
        ResponseEntity<ProblemDetail> answer = handler.invalidInput(new nl.sleutelnet.shared.InvalidInputException(
                java.util.List.of(new nl.sleutelnet.shared.FieldProblem("email", "keyFigure.email.invalid"))));

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().getProperties()).extractingByKey("invalidParams").asList()
                .containsExactly(java.util.Map.of("name", "email", "reason", "Dit e-mailadres klopt niet."));
    }

    @Test
    void aConcurrentChangeIsAConflict() {
        assertProblem(handler.conflict(), HttpStatus.CONFLICT);
    }

    @Test
    void springsOwnClientErrorsKeepTheirStatus() {
        assertProblem(handler.unexpected(new HttpRequestMethodNotSupportedException(HttpMethod.PATCH.name())),
                HttpStatus.METHOD_NOT_ALLOWED);
        assertProblem(handler.unexpected(new ResponseStatusException(HttpStatus.CONFLICT, "internal reason")),
                HttpStatus.CONFLICT);
    }

    @Test
    void anythingElseIsAnInternalErrorThatRevealsNothing() {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new IllegalStateException("secret internals"));

        assertProblem(answer, HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getDetail()).doesNotContain("secret");
    }

    private static void assertProblem(ResponseEntity<ProblemDetail> answer, HttpStatus status) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getStatus()).isEqualTo(status.value());
        assertThat(answer.getBody().getTitle()).isNotBlank();
        assertThat(answer.getBody().getDetail()).isNotBlank();
    }
}
