package nl.sleutelnet.api;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes an application/problem+json body outside Spring MVC (security filters, the error
 * controller), with a fixed Dutch detail per status so that nothing internal leaks.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpStatus status) throws IOException {
        write(response, status, switch (status) {
            case NOT_FOUND -> "De gevraagde bron bestaat niet.";
            case FORBIDDEN -> "U heeft geen toegang tot deze bron.";
            case UNAUTHORIZED -> "Log eerst in.";
            case BAD_REQUEST -> "Ongeldige invoer.";
            default -> "Er ging iets mis. Probeer het later opnieuw.";
        });
    }

    /** The same with a detail of the caller's: a fixed Dutch text, never input or internals (it is not escaped). */
    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("API-Version", ApiConfiguration.VERSION);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
