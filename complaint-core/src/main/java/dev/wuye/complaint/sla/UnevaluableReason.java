package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.UnknownYearException;
import dev.wuye.complaint.cases.InvalidSnapshotException;

import java.util.Objects;

/**
 * Why the clocks of a case could not be evaluated: what an {@link SlaLevel#UNEVALUABLE} alert carries.
 *
 * @param code    a short, stable code, part of the alert's ledger key (so the alert fires once per case
 *                and code): {@code UnknownYearException:1900} (the year without data),
 *                {@code InvalidSnapshotException:state} (the bad field), otherwise the simple name of the
 *                exception's class, e.g. {@code IllegalArgumentException}
 * @param message the exception's message, for the person who looks at the case (not part of the key)
 */
public record UnevaluableReason(String code, String message) {

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public UnevaluableReason {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code: value '" + code + "': must not be blank");
        }
        message = message == null ? "" : message;
    }

    /**
     * The reason of a failed evaluation.
     *
     * @param failure what the evaluation (or the restore of the snapshot) threw
     * @return the reason: its code from the exception's class and, where it says so, the year or field
     */
    public static UnevaluableReason of(RuntimeException failure) {
        Objects.requireNonNull(failure, "failure");
        String code = failure.getClass().getSimpleName();
        if (failure instanceof UnknownYearException) {
            code += ":" + ((UnknownYearException) failure).year();
        } else if (failure instanceof InvalidSnapshotException) {
            code += ":" + ((InvalidSnapshotException) failure).field();
        }
        if (code.startsWith(":") || code.isEmpty()) {
            code = "RuntimeException" + code;
        }
        return new UnevaluableReason(code, failure.getMessage() != null ? failure.getMessage() : failure.toString());
    }
}
