package dev.wuye.complaint.spi;

/**
 * A new case was saved with an idempotency key (or id) that another case already holds. Nothing was
 * written; the caller loads the existing case with
 * {@link CaseStore#findByIdempotencyKey(String)}. This is how two concurrent intakes of the
 * same opinion end up as one case.
 */
public class DuplicateIntakeException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String idempotencyKey;

    /** @param idempotencyKey the key of the case that could not be created */
    public DuplicateIntakeException(String idempotencyKey) {
        super("a case with idempotency key " + idempotencyKey + " already exists");
        this.idempotencyKey = idempotencyKey;
    }

    /** The key of the case that could not be created; look the existing case up with it. */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
