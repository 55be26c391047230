package dev.wuye.complaint.examples.boot.security;

import dev.wuye.complaint.boot.web.ProblemJson;
import dev.wuye.complaint.examples.boot.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Spring Security's refusals as problem JSON in the request's language, like every other error of the host:
 *
 * <ul>
 *   <li>nobody signed in, or a wrong user name or password: 401, type {@code …/unauthenticated}, with
 *       {@code WWW-Authenticate: Basic}; the same body whichever part was wrong, and never the exception;</li>
 *   <li>signed in but not allowed (a path reserved to other roles; a page form sent without its CSRF token):
 *       403, type {@code …/forbidden}.</li>
 * </ul>
 */
public class ProblemSecurityAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** The realm named in the {@code WWW-Authenticate} challenge. */
    public static final String REALM = "wuye-complaint";

    private final Problems problems;

    /**
     * @param problems the problem texts in the request's language
     */
    public ProblemSecurityAnswers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException refused) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        ProblemJson.write(response, 401, "unauthenticated", problems.text("problem.unauthenticated.title"),
                problems.text("problem.unauthenticated.detail"), request.getRequestURI(), Map.of());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException refused) throws IOException {
        String detail = refused instanceof CsrfException ? "problem.csrf.detail" : "problem.forbidden.detail";
        ProblemJson.write(response, 403, "forbidden", problems.text("problem.forbidden.title"),
                problems.text(detail), request.getRequestURI(), Map.of());
    }
}
