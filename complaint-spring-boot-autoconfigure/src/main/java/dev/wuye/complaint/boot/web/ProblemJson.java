package dev.wuye.complaint.boot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an RFC 9457 problem straight to a servlet response as {@code application/problem+json}, whatever the
 * request accepts: for the answers given outside Spring MVC's exception handling (the request size limit, the
 * {@code /error} page of a host). Never a stack trace.
 */
public final class ProblemJson {

    /** The problem media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemJson() {
    }

    /**
     * Writes a problem, unless the response is committed already.
     *
     * @param response   the response
     * @param status     the HTTP status
     * @param type       the problem type's last segment under {@link ComplaintApiController#TYPE_BASE}
     * @param title      the title
     * @param detail     the detail (may be null)
     * @param instance   the request path (may be null)
     * @param properties further members
     * @throws IOException when the response cannot be written
     */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail,
                             String instance, Map<String, Object> properties) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create(ComplaintApiController.TYPE_BASE + type).toString());
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        body.putAll(properties);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}
