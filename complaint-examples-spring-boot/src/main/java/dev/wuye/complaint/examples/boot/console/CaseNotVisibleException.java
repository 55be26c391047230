package dev.wuye.complaint.examples.boot.console;

/**
 * A console request for a case that does not exist or is out of the person's reach: both answer the same
 * 404 page, so a case of another department is not revealed.
 */
public class CaseNotVisibleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception (no case id in the message: it is never shown). */
    public CaseNotVisibleException() {
        super("case not found", null, false, false);
    }
}
