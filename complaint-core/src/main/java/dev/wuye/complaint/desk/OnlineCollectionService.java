package dev.wuye.complaint.desk;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.authority.Verdict;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The receiver's daily collection of online opinions (R-4.2.1c): checks the run against the policy and
 * the cases it names, then records it as one activity entry.
 */
final class OnlineCollectionService {

    private final DeskContext ctx;

    OnlineCollectionService(DeskContext ctx) {
        this.ctx = ctx;
    }

    CommandResult collect(CollectOnlineOpinions c) {
        Verdict v = ctx.periods.onlyTheReceiverCollectsOnlineOpinions().decide(c.actor(), c.department());
        if (v instanceof Verdict.Denied d) {
            return DeskContext.rejected(c, d.rejection());
        }
        List<String> opened = List.copyOf(new LinkedHashSet<>(c.openedCaseIds()));
        if (c.opinionsFound() < opened.size()) {
            return DeskContext.rejected(c, Rejection.of("R-4.2.1c", "period.collectionFoundFewerThanOpened",
                    c.opinionsFound(), opened.size()));
        }
        for (String id : opened) {
            Optional<CaseSnapshot> s = id == null ? Optional.empty() : ctx.store.findById(id);
            if (s.isEmpty() || !c.department().equals(s.get().department()) || !online(s.get())) {
                return DeskContext.rejected(c, Rejection.of("R-4.2.1c", "period.collectionCaseNotOnline",
                        String.valueOf(id), c.department()));
            }
        }
        String detail = "found " + c.opinionsFound() + " online opinion(s); opened " + opened.size()
                + (opened.isEmpty() ? "" : ": " + String.join(",", opened));
        if (detail.length() > DeskContext.MAX_DETAIL) {
            return DeskContext.rejected(c, Rejection.of("R-4.2.1c", "period.collectionTooManyCases", opened.size(),
                    DeskContext.MAX_DETAIL));
        }
        Instant at = ctx.clock.instant();
        OnlineCollectionRun run = new OnlineCollectionRun("OC-" + c.department() + "-" + at, c.department(),
                c.actor().staffId(), at, c.opinionsFound(), opened);
        return ctx.recorded(c, c.department(), run, detail);
    }

    private static boolean online(CaseSnapshot s) {
        for (Channel ch : Channel.values()) {
            if (ch.name().equals(s.channel())) {
                return ch.isOnline();
            }
        }
        return false;
    }
}
