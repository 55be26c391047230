package dev.wuye.complaint.classification;

import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds recurrences of the same kind of opinion in one pass over a stream of snapshots:
 * <ul>
 *   <li>R-4.4.2d6 — a case with no follow-up channel ({@code NONE}) whose kind recurs within one
 *       month after handling: the follow-up counts as unsatisfied and the case goes back to handling;
 *       no recurrence once the window has passed: satisfied;</li>
 *   <li>R-4.6.5 — a case answered by an online reply ({@code ONLINE}) with no recurrence within the
 *       month: satisfied;</li>
 *   <li>R-4.3.1b — repeated (at least {@link RecurrenceSettings#repeatThreshold()} of one kind within
 *       {@link RecurrenceSettings#repeatWindow()}; by default the second of one kind within a month) or high-impact opinions: a corrective and
 *       preventive action is suggested unless one is already open.</li>
 * </ul>
 * The stream should hold the cases accepted from one month before the oldest judged completion up
 * to {@code asOf}. Memory grows with the candidate cases, not with the whole history. Immutable and
 * thread-safe.
 */
public final class RecurrenceDetector {

    /** Rule id of the no-channel recurrence check. */
    public static final String NO_CHANNEL_RULE = "R-4.4.2d6";
    /** Rule id of the online-reply recurrence check. */
    public static final String ONLINE_REPLY_RULE = "R-4.6.5";
    /** Rule id of corrective and preventive action. */
    public static final String CORRECTIVE_ACTION_RULE = "R-4.3.1b";

    private final RecurrenceSettings settings;

    /** @param settings what counts and the thresholds */
    public RecurrenceDetector(RecurrenceSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A detector with {@link RecurrenceSettings#defaults()} (project's choice: the procedure gives no threshold). */
    public static RecurrenceDetector withDefaults() {
        return new RecurrenceDetector(RecurrenceSettings.defaults());
    }

    private record Candidate(String id, SameKind kind, String rule, LocalDate completion) {
    }

    private record Occurrence(String id, LocalDate date, boolean correctiveOpen) {
    }

    /**
     * Judges the stream as of a date.
     *
     * @param snapshots the cases
     * @param asOf      today (from the caller's clock): windows ending before it are over
     * @return the verdicts and suggestions
     */
    public RecurrenceReport detect(Stream<CaseSnapshot> snapshots, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        // Per kind: acceptance date -> first case id accepted that day (enough to name a recurrence).
        Map<SameKind, NavigableMap<LocalDate, String>> firstByDay = new HashMap<>();
        Map<SameKind, List<Occurrence>> occurrences = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        List<CorrectiveActionSuggestion> suggestions = new ArrayList<>();
        snapshots.forEach(s -> {
            SameKind kind = SameKind.of(s).orElse(null);
            if (kind == null) {
                return;
            }
            if (settings.counts(s)) {
                firstByDay.computeIfAbsent(kind, k -> new TreeMap<>())
                        .merge(s.acceptanceDate(), s.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                occurrences.computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(new Occurrence(s.id(), s.acceptanceDate(), s.correctiveAction()));
                if (settings.highImpact().test(s) && !s.correctiveAction()) {
                    suggestions.add(new CorrectiveActionSuggestion(kind, CorrectiveActionSuggestion.Reason.HIGH_IMPACT,
                            List.of(s.id()), CORRECTIVE_ACTION_RULE));
                }
            }
            FollowUpMethod channel = SnapshotCodes.followUpChannel(s);
            String rule = channel == FollowUpMethod.NONE ? NO_CHANNEL_RULE
                    : channel == FollowUpMethod.ONLINE ? ONLINE_REPLY_RULE : null;
            if (rule != null) {
                RecurrenceWindow.completionDate(s, settings.zone())
                        .ifPresent(d -> candidates.add(new Candidate(s.id(), kind, rule, d)));
            }
        });

        List<RecurrenceCheck> checks = new ArrayList<>();
        for (Candidate c : candidates) {
            LocalDate end = RecurrenceWindow.end(c.completion());
            NavigableMap<LocalDate, String> days = firstByDay.getOrDefault(c.kind(), new TreeMap<>());
            Map.Entry<LocalDate, String> hit = days.higherEntry(c.completion());
            boolean recurred = hit != null && !hit.getKey().isAfter(end);
            RecurrenceCheck.Outcome outcome = recurred ? RecurrenceCheck.Outcome.UNSATISFIED
                    : asOf.isAfter(end) ? RecurrenceCheck.Outcome.SATISFIED : RecurrenceCheck.Outcome.PENDING;
            checks.add(new RecurrenceCheck(c.id(), c.kind(), c.rule(), c.completion(), end, outcome,
                    recurred ? hit.getValue() : null, recurred ? hit.getKey() : null,
                    recurred && NO_CHANNEL_RULE.equals(c.rule())));
        }
        checks.sort(Comparator.comparing(RecurrenceCheck::caseId));

        occurrences.forEach((kind, list) -> repeated(kind, list).ifPresent(suggestions::add));
        suggestions.sort(Comparator.comparing((CorrectiveActionSuggestion s) -> s.kind().department())
                .thenComparing(s -> s.kind().category()).thenComparing(s -> s.reason())
                .thenComparing(s -> s.caseIds().get(0)));
        return new RecurrenceReport(checks, suggestions);
    }

    private Optional<CorrectiveActionSuggestion> repeated(SameKind kind, List<Occurrence> list) {
        list.sort(Comparator.comparing(Occurrence::date).thenComparing(Occurrence::id));
        // Windows only move forward: each occurrence is added once, at the first window in a repeat
        // holding it (adding the whole window every time costs the square of a busy kind's occurrences),
        // so a list in date order holds each at most once without a set's hashing.
        List<Occurrence> inRepeat = new ArrayList<>();
        int from = 0;
        int added = 0;
        for (int to = 0; to < list.size(); to++) {
            LocalDate limit = list.get(to).date().minus(settings.repeatWindow());
            while (!list.get(from).date().isAfter(limit)) {
                from++;
            }
            if (to - from + 1 >= settings.repeatThreshold()) {
                inRepeat.addAll(list.subList(Math.max(from, added), to + 1));
                added = to + 1;
            }
        }
        if (inRepeat.isEmpty() || inRepeat.stream().allMatch(Occurrence::correctiveOpen)) {
            return Optional.empty();
        }
        return Optional.of(new CorrectiveActionSuggestion(kind, CorrectiveActionSuggestion.Reason.REPEATED,
                inRepeat.stream().map(Occurrence::id).toList(), CORRECTIVE_ACTION_RULE));
    }
}
