package dev.wuye.complaint.spi;

/**
 * A new case was saved with an idempotency key (or id) that another case already holds. Nothing was
 * written; the caller loads the existing case with
 * {@link ComplaintStore#findByIdempotencyKey(String)}. This is how two concurrent intakes of the
 * same opinion end up as one case.
 */
public class DuplicateIntakeException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String idempotencyKey;

    public DuplicateIntakeException(String idempotencyKey) {
        super("a case with idempotency key " + idempotencyKey + " already exists");
        this.idempotencyKey = idempotencyKey;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
