package dev.wuye.complaint.examples.boot.sla;

import dev.wuye.complaint.sla.SlaAlert;

/**
 * Where the host delivers SLA alerts. Replace the default bean with your own (a message queue, a
 * chat bot, e-mail). Called at most once per {@link SlaAlert#key()} across all instances
 * sharing the database; a call that throws is retried by a later scan.
 */
@FunctionalInterface
public interface AlertSink {

    /**
     * Delivers one alert.
     *
     * @param alert the alert
     */
    void deliver(SlaAlert alert);
}
