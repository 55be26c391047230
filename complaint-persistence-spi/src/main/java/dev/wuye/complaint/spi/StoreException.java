package dev.wuye.complaint.spi;

/**
 * Root of the exceptions a store may throw on purpose. Infrastructure failures (a lost connection)
 * are wrapped in one; the contract failures are its subclasses.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
