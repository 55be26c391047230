package dev.wuye.complaint.examples.boot.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page ({@code GET /login}); Spring Security processes the form's {@code POST /login}. */
@Controller
public class LoginController {

    /** Creates the controller. */
    public LoginController() {
    }

    /**
     * The sign-in page; {@code ?error} after a failed attempt, {@code ?logout} after signing out.
     *
     * @return the view
     */
    @GetMapping("/login")
    public String login() {
        return "console/login";
    }
}
