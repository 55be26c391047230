package dev.wuye.complaint.sla;

/** Told of each {@link SlaAlert} once per monitor (e.g. to send an SMS or a WeChat message). */
@FunctionalInterface
public interface SlaAlertListener {

    /**
     * Called once for each alert; exceptions are logged and do not stop other listeners.
     *
     * @param alert the alert
     */
    void onAlert(SlaAlert alert);
}
