package dev.wuye.complaint.examples.boot.sla;

import dev.wuye.complaint.sla.SlaAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default {@link AlertSink}: one log line per alert (no personal data is in an alert). */
public final class LoggingAlertSink implements AlertSink {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingAlertSink.class);

    @Override
    public void deliver(SlaAlert alert) {
        if (alert.reason() != null) {
            LOG.error("SLA clocks of case {} in {} cannot be evaluated ({}): {}", alert.caseId(), alert.department(),
                    alert.reason().code(), alert.reason().message());
        } else if (alert.provisional()) {
            LOG.warn("SLA {} {} ({}) of case {} in {}: deadline {} (provisional until the holiday notice for {} is loaded)",
                    alert.clock(), alert.level(), alert.clock().rule(), alert.caseId(), alert.department(),
                    alert.deadline(), alert.provisionalYears());
        } else {
            LOG.warn("SLA {} {} ({}) of case {} in {}: deadline {}", alert.clock(), alert.level(), alert.clock().rule(),
                    alert.caseId(), alert.department(), alert.deadline());
        }
    }
}
