package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * 网上意见收集 — the receiver's daily collection of the online opinions (owners' forum, web site) at
 * set times (R-4.2.1c: 「受理人每天定时收集网上相关客户意见信息」). Each accepted command is one run,
 * recorded in the activity log ({@code Storage.activity()}, command {@code CollectOnlineOpinions})
 * with who ran it, when (the desk clock), how many opinions it found and which cases it opened; the run
 * is answered as {@link OnlineCollectionRun}. A working day without a run becomes visible as the SLA
 * clock {@link dev.wuye.complaint.sla.SlaClock#ONLINE_COLLECTION}.
 *
 * <p>The opinions found are opened as cases by {@link ReceiveOpinion} (channel {@code ONLINE_FORUM} or
 * {@code WEB}) before the run is recorded; the run names them. An opinion found may open no case (it
 * repeats one already open), so {@code opinionsFound} is at least the number of cases opened.
 *
 * @param actor         the receiver of {@code department}
 * @param department    the department whose online opinions were collected
 * @param opinionsFound how many opinions the run found, {@code >= openedCaseIds.size()}
 * @param openedCaseIds the cases the run opened: online cases of {@code department}; empty when none
 */
public record CollectOnlineOpinions(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotNull(message = "{wuye.department.required}") String department,
        int opinionsFound,
        @NotNull(message = "{wuye.openedCaseIds.required}") List<String> openedCaseIds) implements PeriodCommand {

    /** Copies the list of opened cases. */
    public CollectOnlineOpinions {
        openedCaseIds = openedCaseIds == null ? null : List.copyOf(openedCaseIds);
    }
}
