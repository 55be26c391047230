package dev.wuye.complaint.examples.boot.console;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.calendar.LiveCalendar;
import dev.wuye.complaint.calendar.UnknownYearException;
import dev.wuye.complaint.calendar.UnknownYearPolicy;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.ReplyBasis;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.Routing;
import dev.wuye.complaint.sla.OfficeHours;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 受理登记 — the intake form. Before anything is typed it says whether now is an office-hours intake or a
 * duty registration (R-4.2.1a/b; the desk's office hours on its live calendar) and, for the latter, when the
 * hand-over is due. Posted, it submits {@link ReceiveOpinion} for the signed-in person with the key generated
 * when the form was shown (a double submit opens one case); a refusal or invalid field shows the form again
 * with the messages in the reader's language, an accepted opinion opens its case page.
 */
@Controller
public class IntakeController {

    private final ComplaintDesk desk;
    private final OfficeHours hours;
    private final LiveCalendar calendar;
    private final Clock clock;
    private final ConsoleModelAdvice people;
    private final ConsoleLabels labels;
    private final CaseClocks clocks;

    /**
     * Creates the controller.
     *
     * @param desk     the desk
     * @param hours    the desk's office hours
     * @param calendar the desk's calendar
     * @param clock    the application's clock
     * @param people   the signed-in person
     * @param labels   words
     * @param clocks   instants in words
     */
    public IntakeController(ComplaintDesk desk, OfficeHours hours, LiveCalendar calendar, Clock clock,
                            ConsoleModelAdvice people, ConsoleLabels labels, CaseClocks clocks) {
        this.desk = desk;
        this.hours = hours;
        this.calendar = calendar;
        this.clock = clock;
        this.people = people;
        this.labels = labels;
        this.clocks = clocks;
    }

    /**
     * The empty form, with a fresh idempotency key.
     *
     * @param model  the page's model
     * @param locale the reader's locale
     * @return the view
     */
    @GetMapping("/console/intake")
    public String form(Model model, Locale locale) {
        Actor actor = actor(locale);
        return show(model, locale, IntakeForm.blank(UUID.randomUUID().toString(), actor.department()),
                Map.of(), null);
    }

    /**
     * Registers the opinion.
     *
     * @param form   the posted fields
     * @param model  the page's model
     * @param locale the reader's locale
     * @return the case page, or the form again with its messages
     */
    @PostMapping("/console/intake")
    public String submit(@ModelAttribute IntakeForm form, Model model, Locale locale) {
        Actor actor = actor(locale);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant now = clock.instant();
        Instant replyBy = null;
        if (form.replyBy() != null && !form.replyBy().isBlank()) {
            try {
                replyBy = LocalDateTime.parse(form.replyBy()).atZone(hours.zone()).toInstant();
            } catch (DateTimeParseException e) {
                errors.put("replyBy", labels.text("intake.replyBy", locale) + ": " + form.replyBy());
            }
        }
        ReplyBasis basis = constant(ReplyBasis.class, form.replyBasis(), "replyBasis", errors, locale);
        FollowUpMethod method = constant(FollowUpMethod.class, form.replyMethod(), "replyMethod", errors, locale);
        ReceiveOpinion command = ReceiveOpinion.builder()
                .recordedBy(actor)
                .idempotencyKey(form.idempotencyKey())
                .channel(constant(Channel.class, form.channel(), "channel", errors, locale))
                .customer(new Customer(blankToNull(form.customerName()), blankToNull(form.customerPhone()),
                        blankToNull(form.customerAddress())))
                .contentSummary(form.contentSummary())
                .routing(new Routing(form.department(),
                        constant(AcceptingLevel.class, form.acceptingLevel(), "acceptingLevel", errors, locale), null))
                .receivedAt(now)
                .replyAgreement(basis == null ? null : new ReplyAgreement(basis == ReplyBasis.NO_PREFERENCE ? null : replyBy,
                        basis == ReplyBasis.NO_PREFERENCE ? null : method, basis))
                .followUpChannel(constant(FollowUpMethod.class, form.followUpChannel(), "followUpChannel", errors, locale))
                .secondaryComplaint(Boolean.TRUE.equals(form.secondaryComplaint()))
                .build();
        if (!errors.isEmpty()) {
            return show(model, locale, form, errors, null);
        }
        CommandResult result = desk.submit(command);
        if (result instanceof CommandResult.Accepted accepted) {
            return "redirect:/console/cases/" + accepted.caseId();
        }
        if (result instanceof CommandResult.Rejected rejected) {
            return show(model, locale, form, Map.of(), labels.text("case.rejected", locale,
                    rejected.rejection().ruleId(), rejected.rejection().message(Messages.language(locale))));
        }
        for (CommandResult.FieldViolation v : ((CommandResult.Invalid) result).violations()) {
            errors.merge(formField(v.field()), v.message(Messages.language(locale)), (a, b) -> a + " " + b);
        }
        return show(model, locale, form, errors, labels.text("intake.invalid", locale));
    }

    private String show(Model model, Locale locale, IntakeForm form, Map<String, String> errors, String refusal) {
        Instant now = clock.instant();
        WorkingDayCalendar days = calendar.current();
        boolean open;
        Instant handover;
        try {
            open = hours.isOpen(now, days);
            handover = open ? null : hours.nextOpening(now, days);
        } catch (UnknownYearException e) {
            // intake never waits for calendar data; the desk judges such a year on weekends alone.
            WorkingDayCalendar weekends = days.toBuilder().unknownYearPolicy(UnknownYearPolicy.WEEKENDS_ONLY).build();
            open = hours.isOpen(now, weekends);
            handover = open ? null : hours.nextOpening(now, weekends);
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("officeHours", open);
        model.addAttribute("hoursText", open
                ? labels.text("intake.officeHours", locale, hours.opens() + "–" + hours.closes())
                : labels.text("intake.duty", locale, clocks.format(handover)));
        model.addAttribute("channels", options(Channel.values(), locale));
        model.addAttribute("levels", options(AcceptingLevel.values(), locale));
        model.addAttribute("methods", options(FollowUpMethod.values(), locale));
        model.addAttribute("bases", options(ReplyBasis.values(), locale));
        model.addAttribute("section", "intake");
        return "console/intake";
    }

    private List<Option> options(Enum<?>[] values, Locale locale) {
        return java.util.Arrays.stream(values).map(v -> new Option(v.name(), labels.of(v, locale))).toList();
    }

    /**
     * One choice of a select or radio group.
     *
     * @param value the constant
     * @param label the constant in words
     */
    public record Option(String value, String label) {
    }

    private Actor actor(Locale locale) {
        return people.current(locale).map(ConsolePerson::actor).orElseThrow(CaseNotVisibleException::new);
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value, String field, Map<String, String> errors,
                                           Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.put(field, labels.text("intake." + field, locale) + ": " + value);
            return null;
        }
    }

    /** The form field a violation of the command belongs to. */
    private static String formField(String path) {
        return switch (path) {
            case "customer.name" -> "customerName";
            case "customer.phone" -> "customerPhone";
            case "customer.address" -> "customerAddress";
            case "routing.department" -> "department";
            case "routing.acceptingLevel" -> "acceptingLevel";
            case "agreedReplyBy", "replyAgreement", "replyAgreement.replyBy" -> "replyBy";
            default -> path.startsWith("routing") ? "department" : path;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
