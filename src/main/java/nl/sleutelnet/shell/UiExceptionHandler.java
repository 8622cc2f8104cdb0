package nl.sleutelnet.shell;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.shared.NotFoundException;

/** A missing record (or one of another municipality) shows the friendly 404 page. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiExceptionHandler {

    /**
     * Goes through {@link ErrorPageController} like every other error, so that the page gets
     * the layout's model (user, menu, log-out button); an exception handler's own view does not.
     */
    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
