package dev.wuye.complaint.examples.boot.web;

import dev.wuye.complaint.calendar.CalendarDataException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the API's RFC 9457 problem details in the request's language ({@code Accept-Language},
 * resolved by Spring into {@link LocaleContextHolder}); texts come from
 * {@code messages/problems*.properties}.
 *
 * <ul>
 *   <li>a rule that says no: 409, type {@code …/rule-rejected}, property {@code ruleId} and the
 *       library's own {@code reason}; 403, type {@code …/permission-refused}, when the rule reserves the act
 *       to another role or department;</li>
 *   <li>invalid input: 400, type {@code …/invalid-request}, property {@code violations} naming each field;</li>
 *   <li>an unknown case (or one out of the person's reach): 404, type {@code …/not-found}; likewise a department;</li>
 *   <li>a holiday notice the calendar refused: 422, type {@code …/calendar-data-refused}, properties
 *       {@code source} (the file), {@code field} (the entry), {@code value} and the library's {@code reason}.</li>
 * </ul>
 */
@Component
public class Problems {

    /** The base of every problem type URI. */
    public static final String TYPE_BASE = "https://wuye.dev/problems/";

    private final MessageSource messages;

    /**
     * @param messages the problem texts
     */
    public Problems(MessageSource messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * A rule rejected the command.
     *
     * @param ruleId the rule, e.g. {@code R-4.3.2c}
     * @param reason the library's message
     * @return a 409 problem naming the rule
     */
    public ProblemDetail ruleRejected(String ruleId, String reason) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        p.setType(URI.create(TYPE_BASE + "rule-rejected"));
        p.setTitle(messages.getMessage("problem.rule.title", new Object[] {ruleId}, locale));
        String statement = messages.getMessage("rule." + ruleId, null, null, locale);
        p.setDetail(statement != null ? ruleId + ": " + statement
                : messages.getMessage("problem.rule.detail", new Object[] {ruleId, reason}, locale));
        p.setProperty("ruleId", ruleId);
        p.setProperty("reason", reason);
        return p;
    }

    /**
     * The procedure reserves the act to another role or department (an authority rule said no).
     *
     * @param ruleId the rule, e.g. {@code R-4.3.2c}
     * @param reason the library's message
     * @return a 403 problem naming the rule, type {@code …/permission-refused}
     */
    public ProblemDetail permissionRefused(String ruleId, String reason) {
        ProblemDetail p = ruleRejected(ruleId, reason);
        p.setStatus(HttpStatus.FORBIDDEN.value());
        p.setType(URI.create(TYPE_BASE + "permission-refused"));
        return p;
    }

    /**
     * The request has invalid fields.
     *
     * @param violations the fields and what is wrong with them
     * @return a 400 problem listing them
     */
    public ProblemDetail invalid(List<FieldViolation> violations) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setType(URI.create(TYPE_BASE + "invalid-request"));
        p.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        String fields = String.join(", ", violations.stream().map(FieldViolation::field).distinct().toList());
        p.setDetail(messages.getMessage("problem.invalid.detail", new Object[] {fields}, locale));
        p.setProperty("violations", List.copyOf(violations));
        return p;
    }

    /**
     * No such case.
     *
     * @param id the id asked for
     * @return a 404 problem
     */
    public ProblemDetail notFound(String id) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        p.setType(URI.create(TYPE_BASE + "not-found"));
        p.setTitle(messages.getMessage("problem.notFound.title", null, locale));
        p.setDetail(messages.getMessage("problem.notFound.detail", new Object[] {id}, locale));
        p.setProperty("id", id);
        return p;
    }

    /**
     * No such department within the person's reach.
     *
     * @param department the department asked for
     * @return a 404 problem, type {@code …/not-found}
     */
    public ProblemDetail departmentNotFound(String department) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        p.setType(URI.create(TYPE_BASE + "not-found"));
        p.setTitle(messages.getMessage("problem.departmentNotFound.title", null, locale));
        p.setDetail(messages.getMessage("problem.departmentNotFound.detail", new Object[] {department}, locale));
        p.setProperty("department", department);
        return p;
    }

    /**
     * The calendar refused a holiday notice; the calendar in use is unchanged.
     *
     * @param ex the library's exception, naming the file, the entry and what is wrong
     * @return a 422 problem: the library's message as {@code reason}, and {@code source}, {@code field},
     *         {@code value}
     */
    public ProblemDetail calendarRefused(CalendarDataException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        p.setType(URI.create(TYPE_BASE + "calendar-data-refused"));
        p.setTitle(messages.getMessage("problem.calendar.title", null, locale));
        p.setDetail(messages.getMessage("problem.calendar.detail",
                new Object[] {ex.source(), ex.field(), ex.getMessage()}, locale));
        p.setProperty("source", ex.source());
        p.setProperty("field", ex.field());
        p.setProperty("value", ex.value());
        p.setProperty("reason", ex.getMessage());
        return p;
    }

    /**
     * A message of the bundle in the request's language.
     *
     * @param code the key
     * @param args the arguments
     * @return the text
     */
    public String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
