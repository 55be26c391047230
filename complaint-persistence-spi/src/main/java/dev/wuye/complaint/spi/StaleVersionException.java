package dev.wuye.complaint.spi;

/**
 * A save named an expected version that is no longer the stored one: another writer got there
 * first. Nothing of the failed save was written. The caller reloads and retries.
 */
public class StaleVersionException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String caseId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param caseId     the case
     * @param expectedVersion the version the writer expected
     * @param actualVersion   the version found, or {@code -1} when unknown
     */
    public StaleVersionException(String caseId, long expectedVersion, long actualVersion) {
        super("complaint " + caseId + ": expected version " + expectedVersion + " but found "
                + (actualVersion < 0 ? "another" : String.valueOf(actualVersion)));
        this.caseId = caseId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The case the save was for. */
    public String caseId() {
        return caseId;
    }

    /** The version the writer expected to replace. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The stored version found, or {@code -1} when the store could not tell. */
    public long actualVersion() {
        return actualVersion;
    }
}
