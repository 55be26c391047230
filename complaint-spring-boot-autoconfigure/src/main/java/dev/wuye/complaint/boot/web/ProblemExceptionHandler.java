package dev.wuye.complaint.boot.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.wuye.complaint.desk.ConcurrentChangeException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a REST host as an RFC 9457 problem ({@code application/problem+json}): Spring MVC's own
 * (404 unknown path, 405, 406, 415 …) as Spring words them; an unreadable body (malformed or non-strict JSON,
 * see {@link StrictJson}) as 400 {@code …/invalid-request} naming the field; a command lost to concurrent
 * changes after the desk's retry ({@link ConcurrentChangeException}) as 409 {@code …/concurrent-change} with
 * {@code retryable: true}; anything else as 500 {@code …/internal-error} without any detail of the cause (it
 * is logged). A host may extend it (and then the starter registers none).
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    /**
     * A command that lost to concurrent changes twice; nothing was stored; the client may send it again.
     *
     * @param ex the desk's exception
     * @return a 409 problem with {@code retryable: true}, {@code caseId} and {@code command}
     */
    @ExceptionHandler(ConcurrentChangeException.class)
    public ResponseEntity<Object> concurrentChange(ConcurrentChangeException ex) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        p.setType(URI.create(ComplaintApiController.TYPE_BASE + "concurrent-change"));
        p.setTitle("Concurrent change");
        p.setProperty("retryable", true);
        p.setProperty("caseId", ex.caseId());
        p.setProperty("command", ex.command());
        return problem(p);
    }

    /**
     * Anything not answered otherwise: a 500 problem; the cause is logged, never shown.
     *
     * @param ex the exception
     * @return a 500 problem
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception ex) {
        LOG.error("Unexpected error answered 500", ex);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed; it has been logged");
        p.setType(URI.create(ComplaintApiController.TYPE_BASE + "internal-error"));
        p.setTitle("Internal error");
        return problem(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        String field = fieldOf(ex.getCause());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Unreadable field: " + field);
        p.setType(URI.create(ComplaintApiController.TYPE_BASE + "invalid-request"));
        p.setTitle("Invalid request");
        p.setProperty("violations", List.of(Map.of("field", field, "message", "unreadable")));
        return problem(p);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(@NonNull Exception ex, @Nullable Object body,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode statusCode, @NonNull WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer == null) {
            return null;
        }
        Object problem = answer.getBody() instanceof ProblemDetail ? answer.getBody() : ProblemDetail.forStatus(statusCode);
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.putAll(answer.getHeaders());
        answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(statusCode).headers(answerHeaders).body(problem);
    }

    /**
     * The field a Jackson error names, dotted, with indexes in brackets; {@code body} when it names none.
     *
     * @param cause the cause of an unreadable body
     * @return the field
     */
    public static String fieldOf(Throwable cause) {
        if (cause instanceof JsonMappingException jm && !jm.getPath().isEmpty()) {
            return jm.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "body";
    }

    private static ResponseEntity<Object> problem(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
