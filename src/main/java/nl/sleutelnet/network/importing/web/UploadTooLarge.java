package nl.sleutelnet.network.importing.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An upload over the server's multipart limit fails before any controller runs. For the
 * import it is answered with the upload page and a plain message instead of an error page.
 */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ImportController.UPLOAD.equals(request.getRequestURI())) {
            return new ModelAndView("redirect:" + ImportController.UPLOAD + "?fout=te-groot");
        }
        response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
        return null;
    }
}
