package dev.wuye.complaint.examples.boot.console.board;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.examples.boot.security.CaseScope;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * 时限看板 — the SLA board page, and its rows alone for htmx to swap in every 30 seconds
 * ({@code hx-get="/console/board/rows"}), so the board stays current without a reload or any inline script.
 */
@Controller
@RequestMapping("/console/board")
public class BoardController {

    private final SlaBoard board;
    private final ActorResolver actors;
    private final CaseScope scope;
    private final Clock clock;

    /**
     * @param board  the board's lines
     * @param actors the signed-in person
     * @param scope  which departments the person reaches
     * @param clock  "now", shown as the time of the lines
     */
    public BoardController(SlaBoard board, ActorResolver actors, CaseScope scope, Clock clock) {
        this.board = board;
        this.actors = actors;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The board page.
     *
     * @param model  the page's model
     * @param locale the reader's language
     * @return the view
     */
    @GetMapping
    public String page(Model model, Locale locale) {
        Actor actor = actor();
        rows(actor, model, locale);
        model.addAttribute("departments", scope.departments(actor).map(Set::copyOf).orElse(Set.of()));
        model.addAttribute("companyWide", scope.departments(actor).isEmpty());
        model.addAttribute("section", "board");
        return "console/board/board";
    }

    /**
     * The board's rows only (the table body's {@code <tr>}s), for the page's htmx polling.
     *
     * @param model  the fragment's model
     * @param locale the reader's language
     * @return the fragment
     */
    @GetMapping("/rows")
    public String rows(Model model, Locale locale) {
        rows(actor(), model, locale);
        return "console/board/rows :: rows";
    }

    private void rows(Actor actor, Model model, Locale locale) {
        model.addAttribute("rows", board.rows(actor, locale));
        model.addAttribute("asOf", clock.instant().atZone(clock.getZone()));
    }

    private Actor actor() {
        return actors.currentActor().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
