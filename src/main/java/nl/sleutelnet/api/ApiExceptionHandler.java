package nl.sleutelnet.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;

/** Errors of API controllers as application/problem+json, in Dutch, never with internals. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    /** Field problems as {@code invalidParams} (name and Dutch reason), as the Dutch API design rules ask. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST,
                "Ongeldige invoer: zie invalidParams. Er is niets opgeslagen.");
        response.getBody().setProperty("invalidParams", e.problems().stream()
                .map(p -> Map.of("name", p.field(), "reason",
                        messages.getMessage(p.messageKey(), p.argumentArray(), p.messageKey(),
                                Locale.forLanguageTag("nl"))))
                .toList());
        return response;
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<ProblemDetail> conflict() {
        return problem(HttpStatus.CONFLICT, "Iemand anders heeft dit intussen gewijzigd. Haal het opnieuw op.");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "De gevraagde bron bestaat niet.");
    }

    /** A path segment that is no valid id is not found, like an unknown id; other mismatches are bad input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return NotFoundException.isCauseOf(e) ? notFound() : badRequest(e);
    }

    @ExceptionHandler({ IllegalArgumentException.class,
            MissingServletRequestParameterException.class, HttpMessageNotReadableException.class })
    ResponseEntity<ProblemDetail> badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer: controleer de parameters (pagina vanaf 1, "
                + "paginaGrootte 1 tot en met 100, zoek hoogstens 100 tekens zonder stuurtekens).");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // Spring's own client-error signals (wrong method or media type, ResponseStatusException…) keep their
        // status instead of becoming a 500.
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
            return problem(status == null ? HttpStatus.BAD_REQUEST : status, "De aanvraag kan niet worden verwerkt.");
        }
        log.error("Unexpected API error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Er ging iets mis. Probeer het later opnieuw.");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
