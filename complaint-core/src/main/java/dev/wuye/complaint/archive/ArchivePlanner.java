package dev.wuye.complaint.archive;

import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.cases.EscalationLevel;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Decides which batch a case goes to: the closed cases whose closing
 * date falls in the period — so a case accepted in one month and closed in a later one is archived
 * with the month it closed in — grouped by the archiving department: the GMD for company-level cases
 * (accepted by the company, or escalated to the GMD, the management representative or the general
 * manager), the handling department otherwise. Pure and thread-safe.
 */
public final class ArchivePlanner {

    private final ArchiveSettings settings;

    /** @param settings zone and GMD id */
    public ArchivePlanner(ArchiveSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The department that archives a case.
     *
     * @param s the case
     * @return the GMD for company-level cases, else the handling department
     */
    public String archivingDepartment(CaseSnapshot s) {
        boolean companyLevel = Case.isCompanyLevel(AcceptingLevel.valueOf(s.acceptingLevel()),
                EscalationLevel.valueOf(s.escalationLevel()));
        return companyLevel ? settings.gmdDepartment() : s.department();
    }

    /**
     * Whether a case belongs to a period's batches: closed, with its closing date in the period.
     *
     * @param s      the case
     * @param period the period
     * @return whether it is archived in that period
     */
    public boolean belongsTo(CaseSnapshot s, ArchivePeriod period) {
        return s.closedAt() != null && period.contains(LocalDate.ofInstant(s.closedAt(), settings.zone()));
    }

    /**
     * The batches of a period: archiving department → case ids in id order.
     *
     * @param period the period
     * @param cases  the cases (any superset of the period's closed cases)
     * @return the plan, by department
     */
    public Map<String, List<String>> plan(ArchivePeriod period, Stream<CaseSnapshot> cases) {
        Map<String, List<String>> plan = new TreeMap<>();
        cases.filter(s -> belongsTo(s, period))
                .forEach(s -> plan.computeIfAbsent(archivingDepartment(s), d -> new ArrayList<>()).add(s.id()));
        plan.values().forEach(l -> l.sort(null));
        return plan;
    }
}
