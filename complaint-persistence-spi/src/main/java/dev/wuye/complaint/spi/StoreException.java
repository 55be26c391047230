package dev.wuye.complaint.spi;

/**
 * Root of the exceptions a store may throw on purpose. Infrastructure failures (a lost connection)
 * are wrapped in one; the contract failures are its subclasses.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, without personal data */
    public StoreException(String message) {
        super(message);
    }

    /**
     * @param message what failed, without personal data
     * @param cause   the underlying failure (e.g. an {@code SQLException})
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
