package dev.wuye.complaint.examples.boot.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's own error answers — to requests it refuses before any application code runs (an undecodable path,
 * a malformed request) — as problem JSON instead of Tomcat's HTML page: status, title from the status, no
 * server information, no stack trace. Installed on the host in place of Tomcat's {@link ErrorReportValve}
 * ({@link ProblemErrorPageConfiguration}).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String title = org.springframework.http.HttpStatus.resolve(status) == null ? "Error"
                : org.springframework.http.HttpStatus.resolve(status).getReasonPhrase();
        String type = status >= 500 ? "internal-error" : "http-" + status;
        String json = "{\"type\":\"https://wuye.dev/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status + "}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("could not write the problem for status {}", status, e);
        }
    }
}
