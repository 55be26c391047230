package dev.wuye.complaint.examples.boot.console.monthly;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.examples.boot.records.XlsxWorkbook;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 月度统计分析表 — the monthly table page ({@code /console/monthly?department=C01&month=2026-10}), its XLSX
 * download ({@code /console/monthly.xlsx}) and the head's sign-and-submit ({@code POST /console/monthly/submit}).
 * Without a month the last finished one; without a department the reader's (the company roll-up for the
 * company-wide roles); a department out of reach is answered 404.
 */
@Controller
public class MonthlyController {

    /** The earliest month a table is shown for. */
    static final YearMonth EARLIEST_MONTH = YearMonth.of(1970, 1);
    /** The latest month a table is shown for (a four-digit year). */
    static final YearMonth LATEST_MONTH = YearMonth.of(9999, 12);

    private final MonthlyTables tables;
    private final ActorResolver actors;

    /**
     * @param tables the tables
     * @param actors the signed-in person
     */
    public MonthlyController(MonthlyTables tables, ActorResolver actors) {
        this.tables = tables;
        this.actors = actors;
    }

    /**
     * The page.
     *
     * @param department the department; default the reader's
     * @param month      {@code 2026-10}; default the last finished month
     * @param model      the page's model
     * @param locale     the reader's language
     * @return the view
     */
    @GetMapping("/console/monthly")
    public String page(@RequestParam(required = false) String department, @RequestParam(required = false) String month,
                       Model model, Locale locale) {
        Actor actor = actor();
        YearMonth m = month(month);
        model.addAttribute("page", tables.page(actor, tables.department(actor, department), m, locale));
        model.addAttribute("section", "monthly");
        return "console/monthly/monthly";
    }

    /**
     * The table as an XLSX workbook, headers in the reader's language.
     *
     * @param department the department; default as the page
     * @param month      the month; default as the page
     * @param locale     the reader's language
     * @return the workbook
     */
    @GetMapping("/console/monthly.xlsx")
    public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String department,
                                       @RequestParam(required = false) String month, Locale locale) {
        Actor actor = actor();
        YearMonth m = month(month);
        Optional<String> dept = tables.department(actor, department);
        String name = "monthly-table-" + dept.orElse("company") + "-" + m + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XlsxWorkbook.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(XlsxWorkbook.write(tables.table(dept, m), locale));
    }

    /**
     * The head signs and submits the table. Accepted: back to the page, now showing the signature.
     * Refused: the page again (422) with the refusal in the reader's language and the rule it names.
     *
     * @param department the department
     * @param month      the month
     * @param summary    the head's written summary
     * @param model      the page's model when refused
     * @param locale     the reader's language
     * @param redirect   the flag the page shows after an accepted submission
     * @return a redirect, or the page with the refusal
     */
    @PostMapping("/console/monthly/submit")
    public Object submit(@RequestParam String department, @RequestParam String month,
                         @RequestParam(required = false) String summary, Model model, Locale locale,
                         RedirectAttributes redirect) {
        Actor actor = actor();
        YearMonth m = month(month);
        Optional<String> dept = tables.department(actor, department);
        // An empty text area is a summary not given (the desk then names ), not a blank text.
        CommandResult result = tables.submit(actor, department, m, summary == null || summary.isBlank() ? null : summary);
        if (result.isAccepted()) {
            redirect.addAttribute("department", department);
            redirect.addAttribute("month", m.toString());
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/console/monthly";
        }
        model.addAttribute("page", tables.page(actor, dept, m, locale));
        model.addAttribute("summary", summary);
        model.addAttribute("section", "monthly");
        model.addAttribute("refusals", refusals(result, locale));
        return new ModelAndView("console/monthly/monthly", model.asMap(),
                HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /**
     * A refusal as the page shows it.
     *
     * @param rule    the rule it names; {@code null} for a bad field
     * @param message why, in the reader's language
     */
    public record Refusal(String rule, String message) {
    }

    private static List<Refusal> refusals(CommandResult result, Locale locale) {
        if (result instanceof CommandResult.Rejected r) {
            return List.of(new Refusal(r.rejection().ruleId(), r.rejection().message(locale)));
        }
        if (result instanceof CommandResult.Invalid i) {
            return i.violations().stream().map(v -> new Refusal(null, v.message(locale))).toList();
        }
        return List.of();
    }

    private YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return tables.lastFinishedMonth();
        }
        try {
            YearMonth m = YearMonth.parse(month);
            if (!m.isBefore(EARLIEST_MONTH) && !m.isAfter(LATEST_MONTH)) {
                return m;
            }
        } catch (DateTimeParseException e) {
            throw badMonth(month);
        }
        throw badMonth(month);
    }

    private static ResponseStatusException badMonth(String month) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "month: value " + month + ": expected a month as YYYY-MM between 1970-01 and 9999-12");
    }

    private Actor actor() {
        return actors.currentActor().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
