package dev.wuye.complaint.testdata;

import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.store.InMemoryStorage;

import java.util.List;

/** Loads test data into an {@link InMemoryStorage}. */
public final class Stores {

    private Stores() {
    }

    /** A store holding the cases (as the desk wrote them), visits and reviews of {@link Dataset2025}. */
    public static InMemoryStorage dataset() {
        return Dataset2025.store();
    }

    /** Saves a new case as version 1. */
    public static void save(InMemoryStorage s, CaseSnapshot c) {
        CaseSnapshot v1 = c.toBuilder().version(1).build();
        s.cases().save(v1, 0, List.of(new AuditEntry(c.id(), 1, c.receivedAt(), "S1", "RECEIVER",
                c.department(), "Receive", null, c.state(), null)));
    }

    /** Saves the next version of a stored case. */
    public static CaseSnapshot update(InMemoryStorage s, CaseSnapshot next, String command) {
        CaseSnapshot cur = s.cases().findById(next.id()).orElseThrow();
        CaseSnapshot v = next.toBuilder().version(cur.version() + 1).build();
        s.cases().save(v, cur.version(), List.of(new AuditEntry(v.id(), v.version(), v.lastModifiedAt(), "S1",
                "RECEIVER", v.department(), command, cur.state(), v.state(), null)));
        return v;
    }
}
