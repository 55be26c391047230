package dev.wuye.complaint.cases;

import dev.wuye.complaint.lifecycle.Route;

import java.util.Objects;
import java.util.Optional;

/**
 * The receiver's decision on the nature of an opinion (定性, R-4.2.4b).
 *
 * @param type     inquiry, suggestion, complaint or praise (R-4.2.2a)
 * @param ground   for a complaint: why it is valid or invalid (R-4.2.2a–c); {@code null} otherwise
 * @param category the category code (repairs, security …) from the classification taxonomy
 * @param major    a major complaint (重大投诉, R-4.3.1c); only a complaint can be major
 */
public record Classification(OpinionType type, ValidityGround ground, String category, boolean major) {

    public Classification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
    }

    /** The validity the ground decides; empty for anything but a complaint. */
    public Optional<Validity> validity() {
        return type == OpinionType.COMPLAINT && ground != null ? Optional.of(ground.validity()) : Optional.empty();
    }

    /** What the lifecycle needs to know of this classification. */
    public Route route() {
        return Nature.routeOf(type, validity().orElse(null));
    }
}
