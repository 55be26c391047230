package dev.wuye.complaint.cases;

import dev.wuye.complaint.ComplaintException;

/** A stored snapshot holds a value the core does not know (an unknown code), so it cannot be restored. */
public final class InvalidSnapshotException extends ComplaintException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;

    /**
     * @param caseId the case
     * @param field       the snapshot component
     * @param value       the offending value
     * @param expected    what was expected
     */
    public InvalidSnapshotException(String caseId, String field, String value, String expected) {
        super("cannot restore complaint " + caseId + ": field '" + field + "' has value '" + value
                + "', expected " + expected);
        this.field = field;
        this.value = value;
    }

    /** The snapshot component that holds the bad value. */
    public String field() {
        return field;
    }

    /** The bad value. */
    public String value() {
        return value;
    }
}
