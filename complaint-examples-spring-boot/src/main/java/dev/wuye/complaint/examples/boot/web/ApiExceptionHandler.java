package dev.wuye.complaint.examples.boot.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.wuye.complaint.boot.web.ProblemExceptionHandler;
import dev.wuye.complaint.calendar.CalendarDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Turns Bean Validation failures of request bodies and unreadable JSON into the API's
 * {@code invalid-request} problem, naming each field in the request's language; and the other
 * exceptions of the API into their problems (unknown case, refused holiday notice). Everything else as the
 * starter's {@link ProblemExceptionHandler} answers it: Spring MVC's errors (404, 405, 406, 415 …) as problems, a
 * command lost to concurrent changes as 409 with {@code retryable: true}, anything unexpected as a 500 problem
 * without its cause.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ProblemExceptionHandler {

    private final Problems problems;

    /**
     * @param problems builds the problem details
     */
    public ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError e : ex.getBindingResult().getFieldErrors()) {
            violations.add(new FieldViolation(e.getField(), e.getDefaultMessage(),
                    e.getRejectedValue() == null ? null : String.valueOf(e.getRejectedValue())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(e -> violations.add(new FieldViolation(e.getObjectName(),
                e.getDefaultMessage(), null)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.invalid(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return unreadable(ex.getCause());
    }

    /**
     * A command body that does not fit its record.
     *
     * @param ex the exception with Jackson's error
     * @return a 400 problem naming the field
     */
    @ExceptionHandler(UnreadableCommandException.class)
    public ResponseEntity<Object> unreadableCommand(UnreadableCommandException ex) {
        return unreadable(ex.getCause());
    }

    /**
     * An unknown role in {@code X-Staff-Roles} (trusted-gateway mode only).
     *
     * @param ex the exception naming the role
     * @return a 400 problem naming the header
     */
    @ExceptionHandler(UnknownRoleException.class)
    public ResponseEntity<Object> unknownRole(UnknownRoleException ex) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.invalid(List.of(new FieldViolation("X-Staff-Roles",
                problems.text("problem.unknownRole", String.join(", ", ex.known())), ex.role()))));
    }

    /**
     * A query parameter that cannot be read.
     *
     * @param ex the exception naming the parameter
     * @return a 400 problem naming it
     */
    @ExceptionHandler(InvalidParameterException.class)
    public ResponseEntity<Object> invalidParameter(InvalidParameterException ex) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.invalid(List.of(new FieldViolation(ex.parameter(),
                problems.text("problem.invalidParameter"), ex.value()))));
    }

    private ResponseEntity<Object> unreadable(Throwable cause) {
        String field = "body";
        String value = null;
        if (cause instanceof JsonMappingException jm && !jm.getPath().isEmpty()) {
            field = jm.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (jm instanceof InvalidFormatException inv) {
                value = String.valueOf(inv.getValue());
            }
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.invalid(List.of(
                new FieldViolation(field, problems.text("problem.unreadable"), value))));
    }

    /**
     * A holiday notice the calendar refused on reload; the calendar in use is unchanged.
     *
     * @param ex the library's exception naming the file and the entry
     * @return a 422 problem naming them
     */
    @ExceptionHandler(CalendarDataException.class)
    public ResponseEntity<Object> calendarRefused(CalendarDataException ex) {
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.calendarRefused(ex));
    }

    /**
     * A case that does not exist.
     *
     * @param ex the exception naming the id
     * @return a 404 problem
     */
    @ExceptionHandler(CaseNotFoundException.class)
    public ResponseEntity<Object> notFound(CaseNotFoundException ex) {
        return ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.notFound(ex.id()));
    }

    /**
     * A department out of the person's reach.
     *
     * @param ex the exception naming the department
     * @return a 404 problem
     */
    @ExceptionHandler(DepartmentNotFoundException.class)
    public ResponseEntity<Object> departmentNotFound(DepartmentNotFoundException ex) {
        return ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.departmentNotFound(ex.department()));
    }

}
