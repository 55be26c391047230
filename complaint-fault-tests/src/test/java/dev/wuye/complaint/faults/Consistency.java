package dev.wuye.complaint.faults;

import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.Storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The consistency check every fault test ends with, read through a fresh store: every acknowledged
 * intake is a case (under its key, with its id); every acknowledged case command is in the case's
 * version; every case's audit trail has exactly one entry per version, 1 to the case's version, so no
 * gaps; every off-hours case has its duty-log entry (R-4.3.1g), and so has every handover.
 */
final class Consistency {

    /** What the check found; {@code lost} and {@code broken} must both be 0. */
    record Report(int acknowledged, int cases, int lost, int broken, List<String> problems) {
        @Override
        public String toString() {
            return "acknowledged writes " + acknowledged + ", cases " + cases + ", writes lost " + lost
                    + ", inconsistent cases " + broken + (problems.isEmpty() ? "" : ", first problems " + problems);
        }
    }

    private Consistency() {
    }

    static Report check(Storage storage, List<DeskLoad.Ack> acks) {
        List<String> problems = new ArrayList<>();
        int lost = 0;
        for (DeskLoad.Ack a : acks) {
            // The desk stores a client's key qualified by the department it was received for (<department>/<key>).
            Optional<CaseSnapshot> byKey = storage.cases().findByIdempotencyKey(DeskLoad.C01 + "/" + a.key());
            if (byKey.isEmpty() || !byKey.get().id().equals(a.caseId()) || byKey.get().version() < a.version()) {
                lost++;
                note(problems, "lost " + a.line() + " -> " + byKey.map(s -> s.id() + " v" + s.version()).orElse("none"));
            }
        }
        int cases = 0;
        int broken = 0;
        try (Stream<CaseSnapshot> all = storage.cases().stream(CaseQuery.all(), 500)) {
            for (CaseSnapshot s : (Iterable<CaseSnapshot>) all::iterator) {
                cases++;
                List<AuditEntry> trail = storage.cases().auditTrail(s.id());
                boolean ok = trail.size() == s.version();
                for (int i = 0; ok && i < trail.size(); i++) {
                    ok = trail.get(i).version() == i + 1;
                }
                if (!ok) {
                    note(problems, s.id() + " v" + s.version() + " has audit versions "
                            + trail.stream().map(AuditEntry::version).toList());
                }
                if (s.dutyRegistration() && storage.dutyLog().findById(s.id() + "#1").isEmpty()) {
                    ok = false;
                    note(problems, s.id() + " was registered off hours but has no duty-log entry");
                }
                for (AuditEntry e : trail) {
                    if (e.command().equals("HandOver") && storage.dutyLog().findById(s.id() + "#" + e.version()).isEmpty()) {
                        ok = false;
                        note(problems, s.id() + " was handed over in v" + e.version() + " without a duty-log entry");
                    }
                }
                if (!ok) {
                    broken++;
                }
            }
        }
        return new Report(acks.size(), cases, lost, broken, problems);
    }

    private static void note(List<String> problems, String problem) {
        if (problems.size() < 10) {
            problems.add(problem);
        }
    }
}
