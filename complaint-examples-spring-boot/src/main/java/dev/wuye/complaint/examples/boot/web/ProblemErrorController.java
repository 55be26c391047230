package dev.wuye.complaint.examples.boot.web;

import dev.wuye.complaint.boot.web.ProblemJson;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}, in place of Spring Boot's HTML or JSON error page): whatever
 * reached it — an error the container raised itself, an exception outside Spring MVC, or {@code /error} asked
 * for directly — is answered as an RFC 9457 problem in {@code application/problem+json}, whatever the request
 * accepts, with the status the container set (an {@code /error} asked for directly: 404). Never a stack trace.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    /**
     * Answers the error as a problem.
     *
     * @param request  the request, with the container's error attributes
     * @param response the response
     * @throws IOException when the answer cannot be written
     */
    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : HttpStatus.NOT_FOUND.value();
        HttpStatus known = HttpStatus.resolve(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String title = known == null ? "Error" : known.getReasonPhrase();
        ProblemJson.write(response, status, status >= 500 ? "internal-error" : "http-" + status, title,
                status >= 500 ? "The request could not be completed; it has been logged" : title,
                uri == null ? request.getRequestURI() : String.valueOf(uri), Map.of());
    }
}
