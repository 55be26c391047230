package dev.wuye.complaint.examples.boot.console;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.examples.boot.security.CaseScope;
import dev.wuye.complaint.examples.boot.security.PersonalData;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的待办 — the cases waiting for the signed-in person: those within their {@link CaseScope} on which the
 * desk allows them at least one action now ({@link ComplaintDesk#allowedActions}, never a list kept here),
 * grouped by what they wait for (the lifecycle state), each with its first running deadline and its mark,
 * the oldest deadline first. Customers are masked, as in every list.
 */
@Controller
public class WorkController {

    /**
     * How far back closed cases still count (they wait to be archived, R-4.5.1): a closed case is archived
     * with its month, so a year covers every one still waiting.
     */
    static final Duration CLOSED_LOOK_BACK = Duration.ofDays(400);

    private final ComplaintDesk desk;
    private final CaseScope scope;
    private final CaseClocks clocks;
    private final ConsoleModelAdvice people;
    private final ConsoleLabels labels;
    private final Clock clock;

    /**
     * Creates the controller.
     *
     * @param desk   the desk
     * @param scope  who reaches which case
     * @param clocks the cases' deadlines
     * @param people the signed-in person
     * @param labels words
     * @param clock  the application's clock
     */
    public WorkController(ComplaintDesk desk, CaseScope scope, CaseClocks clocks, ConsoleModelAdvice people,
                          ConsoleLabels labels, Clock clock) {
        this.desk = desk;
        this.scope = scope;
        this.clocks = clocks;
        this.people = people;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * One case in the list.
     *
     * @param id       the case id
     * @param summary  the content summary
     * @param customer the customer, masked
     * @param deadline the first running deadline, or {@code null}
     */
    public record Item(String id, String summary, CustomerData customer, CaseClocks.Countdown deadline) {
    }

    /**
     * The cases waiting for one thing.
     *
     * @param state the state's constant
     * @param label what they wait for, in words
     * @param items the cases, oldest deadline first
     */
    public record Group(String state, String label, List<Item> items) {
    }

    /**
     * My work.
     *
     * @param model  the page's model
     * @param locale the reader's locale
     * @return the view
     */
    @GetMapping({"/console", "/console/"})
    public String work(Model model, Locale locale) {
        Actor actor = people.current(locale).map(ConsolePerson::actor).orElseThrow(CaseNotVisibleException::new);
        Map<String, List<Item>> byState = new LinkedHashMap<>();
        for (LifecycleState state : LifecycleState.values()) {
            byState.put(state.name(), new ArrayList<>());
        }
        try (Stream<CaseSnapshot> cases = waiting()) {
            cases.filter(c -> c.archivedAt() == null && scope.sees(actor, c))
                    .filter(c -> !desk.allowedActions(actor, c.id()).isEmpty())
                    .forEach(c -> byState.computeIfAbsent(c.state(), s -> new ArrayList<>())
                            .add(new Item(c.id(), c.contentSummary(), PersonalData.masked(c.customer()),
                                    clocks.first(c, locale).orElse(null))));
        }
        Comparator<Item> oldestDeadline = Comparator.comparing(
                (Item i) -> i.deadline() == null ? Instant.MAX : i.deadline().dueAt()).thenComparing(Item::id);
        List<Group> groups = byState.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), labels.text("work.wait." + e.getKey(), locale),
                        e.getValue().stream().sorted(oldestDeadline).toList()))
                .toList();
        model.addAttribute("groups", groups);
        model.addAttribute("reach", scope.departments(actor).map(d -> String.join(", ", d.stream().sorted().toList()))
                .orElse(labels.text("work.scopeAll", locale)));
        model.addAttribute("section", "work");
        return "console/work";
    }

    /**
     * The open cases and the closed ones of the last {@link #CLOSED_LOOK_BACK} (waiting to be archived). The
     * example pages through the store and filters by scope here; a larger host would give the store the
     * department (CaseQuery's department) and keep a work-queue index instead of reading every open case.
     */
    private Stream<CaseSnapshot> waiting() {
        Instant since = clock.instant().minus(CLOSED_LOOK_BACK);
        return desk.storage().cases().stream(new CaseQuery(null, null, null, since, false), 200);
    }
}
