package dev.wuye.complaint.examples.boot.console;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.Validity;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.examples.boot.security.PersonalData;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.HandlingCycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A case in words for its page: its data (the customer as {@link PersonalData} lets this person see it), its
 * timeline from the audit trail (what was done, by whom, when, into which state; the entries' technical
 * detail stays in the JSON API) and its running clocks.
 */
@Component
public class CaseView {

    private final ComplaintDesk desk;
    private final PersonalData personalData;
    private final ConsoleLabels labels;
    private final ConsoleModelAdvice people;
    private final CaseClocks clocks;

    /**
     * Creates the view.
     *
     * @param desk         the desk (the audit trail)
     * @param personalData who sees the customer in full
     * @param labels       words
     * @param people       people's names
     * @param clocks       the running clocks
     */
    public CaseView(ComplaintDesk desk, PersonalData personalData, ConsoleLabels labels, ConsoleModelAdvice people,
                    CaseClocks clocks) {
        this.desk = desk;
        this.personalData = personalData;
        this.labels = labels;
        this.people = people;
        this.clocks = clocks;
    }

    /**
     * One fact of the case.
     *
     * @param label the fact's name
     * @param value the fact
     */
    public record Fact(String label, String value) {
    }

    /**
     * One timeline entry.
     *
     * @param what   the command in words
     * @param who    who did it
     * @param when   when, in the office's zone
     * @param state  the state after it, in words
     */
    public record Entry(String what, String who, String when, String state) {
    }

    /**
     * Puts the case, its facts, timeline and clocks into the model.
     *
     * @param model  the page's model
     * @param actor  the signed-in person
     * @param c      the case
     * @param locale the reader's locale
     */
    public void fill(Model model, Actor actor, CaseSnapshot c, Locale locale) {
        model.addAttribute("c", c);
        model.addAttribute("stateLabel", labels.constant(LifecycleState.class, c.state(), locale));
        model.addAttribute("facts", facts(actor, c, locale));
        model.addAttribute("timeline", timeline(c.id(), locale));
        model.addAttribute("clocks", clocks.of(c, locale));
    }

    private List<Fact> facts(Actor actor, CaseSnapshot c, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        var customer = personalData.customer(actor, c);
        if (customer != null) {
            facts.add(new Fact(labels.text("case.customer", locale), String.join(" ", nonNull(customer.name()),
                    nonNull(customer.phone()), nonNull(customer.address())).trim()));
        }
        facts.add(new Fact(labels.text("case.summary", locale), c.contentSummary()));
        facts.add(new Fact(labels.text("case.channel", locale), labels.constant(Channel.class, c.channel(), locale)));
        facts.add(new Fact(labels.text("case.receivedAt", locale), clocks.format(c.receivedAt())
                + (c.dutyRegistration() ? " · " + labels.text("case.duty", locale) : "")));
        facts.add(new Fact(labels.text("case.department", locale), c.department() + " · "
                + labels.constant(AcceptingLevel.class, c.acceptingLevel(), locale)));
        if (c.receiverId() != null) {
            facts.add(new Fact(labels.text("case.receiver", locale), people.name(c.receiverId())));
        }
        if (c.agreedReplyBy() != null || c.agreedReplyMethod() != null) {
            facts.add(new Fact(labels.text("case.agreedReply", locale), (clocks.format(c.agreedReplyBy()) + " "
                    + labels.constant(FollowUpMethod.class, c.agreedReplyMethod(), locale)).trim()));
        }
        if (c.type() != null) {
            facts.add(new Fact(labels.text("case.type", locale), labels.constant(OpinionType.class, c.type(), locale)
                    + (c.validity() == null ? "" : " · " + labels.constant(Validity.class, c.validity(), locale))
                    + (c.category() == null ? "" : " · " + c.category())));
        }
        if (c.recordNumber() != null) {
            facts.add(new Fact(labels.text("case.recordNumber", locale), c.recordNumber()));
        }
        if (c.cycles() != null && !c.cycles().isEmpty()) {
            HandlingCycle cycle = c.cycles().get(c.cycles().size() - 1);
            facts.add(new Fact(labels.text("case.handlers", locale), String.join(", ",
                    cycle.handlerIds().stream().map(people::name).toList())));
        }
        return facts;
    }

    private List<Entry> timeline(String id, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        for (AuditEntry e : desk.auditTrail(id)) {
            entries.add(new Entry(labels.command(e.command(), locale), people.name(e.actorId()), clocks.format(e.at()),
                    labels.constant(LifecycleState.class, e.toState(), locale)));
        }
        return entries;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
