package dev.wuye.complaint.examples.boot.console;

/**
 * The intake form's fields as posted (texts; the controller turns them into a
 * {@link dev.wuye.complaint.desk.ReceiveOpinion}).
 *
 * @param idempotencyKey     generated when the form is shown: a double submit opens one case
 * @param channel            a {@link dev.wuye.complaint.cases.Channel} constant
 * @param customerName       the customer's name; blank for anonymous
 * @param customerPhone      the customer's phone
 * @param customerAddress    building / unit / room
 * @param contentSummary     内容提要
 * @param department         the accepting department
 * @param acceptingLevel     an {@link dev.wuye.complaint.cases.AcceptingLevel} constant
 * @param followUpChannel    a {@link dev.wuye.complaint.cases.FollowUpMethod} constant
 * @param secondaryComplaint arose from a conflict at intake
 * @param replyBasis         a {@link dev.wuye.complaint.cases.ReplyBasis} constant
 * @param replyBy            the agreed or wished reply time, {@code yyyy-MM-ddTHH:mm} in the office's zone
 * @param replyMethod        a {@link dev.wuye.complaint.cases.FollowUpMethod} constant
 */
public record IntakeForm(String idempotencyKey, String channel, String customerName, String customerPhone,
                         String customerAddress, String contentSummary, String department, String acceptingLevel,
                         String followUpChannel, Boolean secondaryComplaint, String replyBasis, String replyBy,
                         String replyMethod) {

    /**
     * An empty form for a department.
     *
     * @param key        a fresh idempotency key
     * @param department the person's department
     * @return the form
     */
    public static IntakeForm blank(String key, String department) {
        return new IntakeForm(key, "PHONE", "", "", "", "", department, "SERVICE_CENTRE", "PHONE", false,
                "NO_PREFERENCE", "", "");
    }
}
