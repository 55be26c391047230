package dev.wuye.complaint;

/**
 * Root of the exceptions the library throws on purpose. Exceptions are for bugs and
 * infrastructure (an unreadable snapshot, a broken store); a rule that says no is a rejection
 * value naming the rule, never an exception.
 */
public class ComplaintException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the field and value where there is one */
    public ComplaintException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public ComplaintException(String message, Throwable cause) {
        super(message, cause);
    }
}
