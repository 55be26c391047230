package dev.wuye.complaint.archive;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of archiving.
 *
 * @param zone          the zone closing instants are turned into dates in
 * @param gmdDepartment the department id of the general management department, which archives
 *                      company-level records; {@code GMD} by default
 */
public record ArchiveSettings(ZoneId zone, String gmdDepartment) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public ArchiveSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(gmdDepartment, "gmdDepartment");
    }

    /** Asia/Shanghai and {@code GMD}. */
    public static ArchiveSettings defaults() {
        return new ArchiveSettings(ZoneId.of("Asia/Shanghai"), "GMD");
    }
}
