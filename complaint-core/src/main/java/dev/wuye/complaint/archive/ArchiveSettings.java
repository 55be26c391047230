package dev.wuye.complaint.archive;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of archiving.
 *
 * @param zone          the zone closing instants are turned into dates in (default Asia/Shanghai; project's
 *                      choice: the procedure gives no time zone)
 * @param gmdDepartment the department id of the general management department, which archives
 *                      company-level records; {@code GMD} by default (project's choice: the
 *                      procedure gives no department ids)
 */
public record ArchiveSettings(ZoneId zone, String gmdDepartment) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public ArchiveSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(gmdDepartment, "gmdDepartment");
    }

    /**
     * Asia/Shanghai and {@code GMD}. Project's choice: the procedure gives no time zone or department ids.
     *
     * @return the default settings
     */
    public static ArchiveSettings defaults() {
        return new ArchiveSettings(ZoneId.of("Asia/Shanghai"), "GMD");
    }
}
