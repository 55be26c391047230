package dev.wuye.complaint.examples.boot.console;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The console's 404 page for a case that is unknown or out of reach (the same page for both). */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
public class ConsoleErrors {

    private final ConsoleModelAdvice people;

    /**
     * Creates the advice.
     *
     * @param people the signed-in person, for the page's header
     */
    public ConsoleErrors(ConsoleModelAdvice people) {
        this.people = people;
    }

    /**
     * The not-found page.
     *
     * @param model  the page's model
     * @param locale the reader's locale
     * @return the view
     */
    @ExceptionHandler(CaseNotVisibleException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(Model model, Locale locale) {
        model.addAttribute("me", people.me(locale));
        return "console/not-found";
    }
}
