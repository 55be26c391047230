package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 分派 — handlers are assigned by the head, or by the receiver under delegation (R-4.3.1a/c).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param handlerIds the handlers; for a major complaint the head must be one of them
 * @param delegated the receiver assigns under the head's delegation (R-4.3.1c)
 */
public record Assign(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotEmpty(message = "{wuye.handlerIds.required}") List<@NotBlank(message = "{wuye.handlerIds.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.handlerIds.size}") String> handlerIds,
        boolean delegated) implements CaseCommand {

    /**
     * The head assigns handlers (R-4.3.1a).
     *
     * @param head     the department head
     * @param caseId   the case
     * @param handlers the handlers' staff ids
     * @return the command
     */
    public static Assign byHead(Actor head, String caseId, String... handlers) {
        return new Assign(head, caseId, List.of(handlers), false);
    }

    /**
     * The receiver assigns handlers under the head's delegation (R-4.3.1c).
     *
     * @param receiver the receiver
     * @param caseId   the case
     * @param handlers the handlers' staff ids
     * @return the command
     */
    public static Assign underDelegation(Actor receiver, String caseId, String... handlers) {
        return new Assign(receiver, caseId, List.of(handlers), true);
    }
}
