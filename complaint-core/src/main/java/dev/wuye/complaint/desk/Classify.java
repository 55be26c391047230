package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 定性 — the receiver decides the nature of the opinion (R-4.2.2a–c, R-4.2.4b).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param type inquiry, suggestion, complaint or praise
 * @param ground for a complaint: the validity ground; {@code null} otherwise
 * @param category the category code
 * @param major a major complaint (重大投诉, R-4.3.1c)
 */
public record Classify(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotNull(message = "{wuye.type.required}") OpinionType type,
        ValidityGround ground,
        @NotBlank(message = "{wuye.category.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.category.size}") String category,
        boolean major) implements CaseCommand {

    /**
     * A complaint, valid or not by its ground (R-4.2.2b/c); not major.
     *
     * @param actor    who issues it
     * @param caseId   the case
     * @param ground   the validity ground
     * @param category the category code
     * @return the command
     */
    public static Classify complaint(Actor actor, String caseId, ValidityGround ground, String category) {
        return new Classify(actor, caseId, OpinionType.COMPLAINT, ground, category, false);
    }

    /**
     * An inquiry, suggestion or praise (no validity ground).
     *
     * @param actor    who issues it
     * @param caseId   the case
     * @param type     the type; not a complaint
     * @param category the category code
     * @return the command
     */
    public static Classify as(Actor actor, String caseId, OpinionType type, String category) {
        return new Classify(actor, caseId, type, null, category, false);
    }

    /**
     * The same classification as a major complaint (重大投诉, R-4.3.1c).
     *
     * @return the command
     */
    public Classify asMajor() {
        return new Classify(actor, caseId, type, ground, category, true);
    }
}
