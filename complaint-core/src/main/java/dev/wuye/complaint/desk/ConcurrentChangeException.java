package dev.wuye.complaint.desk;

import dev.wuye.complaint.ComplaintException;
import dev.wuye.complaint.spi.StaleVersionException;

/**
 * A case command lost to concurrent changes of the same case twice in a row: the desk reloaded the
 * case and ran the command again once, and another writer got there first again. Nothing of the
 * command was stored. The command is {@linkplain #retryable() retryable}: the caller may submit it
 * again as it is (the desk re-evaluates authority and the procedure on the case as it is then).
 *
 * <p>Distinct from the failures of the store ({@link ComplaintException} and the SPI's
 * {@code StoreException}), so a host can answer it apart from them: an HTTP host answers
 * {@code 409 Conflict} with a {@code retryable} flag.
 */
public final class ConcurrentChangeException extends ComplaintException {

    private static final long serialVersionUID = 1L;

    private final String caseId;
    private final String command;

    /**
     * @param caseId  the case
     * @param command the command's simple type name
     * @param cause   the conflict of the second attempt
     */
    public ConcurrentChangeException(String caseId, String command, StaleVersionException cause) {
        super(command + " on case " + caseId + " lost to concurrent changes twice; nothing was stored, submit it again",
                cause);
        this.caseId = caseId;
        this.command = command;
    }

    /** The case that was changed concurrently. */
    public String caseId() {
        return caseId;
    }

    /** The simple type name of the command that was not stored, e.g. {@code Assign}. */
    public String command() {
        return command;
    }

    /** Always {@code true}: submitting the same command again may succeed. */
    public boolean retryable() {
        return true;
    }
}
