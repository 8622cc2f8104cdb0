package nl.sleutelnet.shell;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.shared.NotFoundException;

/**
 * A missing record (or one of another municipality), or a path segment that is no valid id,
 * shows the friendly 404 page. Ordered right after the API's handler (which wins for REST
 * controllers) and before Spring Boot's problem-details handler (order 0), which would
 * otherwise answer a type mismatch on a page with a 400 in JSON.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UiExceptionHandler {

    /**
     * Goes through {@link ErrorPageController} like every other error, so that the page gets
     * the layout's model (user, menu, log-out button); an exception handler's own view does not.
     */
    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /**
     * A path segment that is no valid id (a typed id that does not convert) is not found either;
     * any other mismatch goes on to Spring's default answer (400 page).
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        if (!NotFoundException.isCauseOf(e)) {
            throw e;
        }
        notFound(response);
    }
}
