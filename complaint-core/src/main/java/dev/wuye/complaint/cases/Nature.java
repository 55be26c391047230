package dev.wuye.complaint.cases;

import dev.wuye.complaint.lifecycle.Route;

/**
 * The nature of an opinion as recorded on the case (定性, R-4.2.2, R-4.2.4b); every component is
 * empty until the receiver classifies it.
 *
 * @param type     the opinion type; {@code null} until classified
 * @param validity a complaint's validity; {@code null} otherwise
 * @param ground   a complaint's validity ground; {@code null} otherwise
 * @param category the category code; {@code null} until classified
 * @param major    a major complaint (重大投诉, R-4.3.1c)
 */
record Nature(OpinionType type, Validity validity, ValidityGround ground, String category, boolean major) {

    /** Not classified yet. */
    static final Nature UNCLASSIFIED = new Nature(null, null, null, null, false);

    /** The nature a classification decides. */
    static Nature of(Classification c) {
        return new Nature(c.type(), c.validity().orElse(null), c.ground(), c.category(), c.major());
    }

    /** Returned for classification (R-4.2.4b): the decision is undone, the category stays. */
    Nature returned() {
        return new Nature(null, null, null, category, false);
    }

    /** What the lifecycle knows of it. */
    Route route() {
        return routeOf(type, validity);
    }

    /** The route a type and validity select through the state chart. */
    static Route routeOf(OpinionType type, Validity validity) {
        if (type == null) {
            return Route.UNCLASSIFIED;
        }
        return switch (type) {
            case INQUIRY -> Route.INQUIRY;
            case SUGGESTION -> Route.SUGGESTION;
            case PRAISE -> Route.PRAISE;
            case COMPLAINT -> validity == Validity.VALID ? Route.VALID_COMPLAINT
                    : validity == Validity.INVALID ? Route.INVALID_COMPLAINT : Route.UNCLASSIFIED;
        };
    }
}
