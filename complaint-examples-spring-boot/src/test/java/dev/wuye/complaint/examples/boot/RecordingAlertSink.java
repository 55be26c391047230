package dev.wuye.complaint.examples.boot;

import dev.wuye.complaint.examples.boot.sla.AlertSink;
import dev.wuye.complaint.sla.SlaAlert;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every alert delivered through it. */
final class RecordingAlertSink implements AlertSink {

    final String instance;
    final List<SlaAlert> delivered = new CopyOnWriteArrayList<>();

    RecordingAlertSink(String instance) {
        this.instance = instance;
    }

    @Override
    public void deliver(SlaAlert alert) {
        delivered.add(alert);
    }
}
