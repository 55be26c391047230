package dev.wuye.complaint.desk;

import dev.wuye.complaint.ComplaintException;
import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Authority;
import dev.wuye.complaint.authority.AuthorityPolicy;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.authority.Verdict;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.complaint.Act;
import dev.wuye.complaint.complaint.AcceptingLevel;
import dev.wuye.complaint.complaint.Classification;
import dev.wuye.complaint.complaint.Complaint;
import dev.wuye.complaint.complaint.ComplaintEvent;
import dev.wuye.complaint.complaint.ComplaintId;
import dev.wuye.complaint.complaint.FollowUpFindings;
import dev.wuye.complaint.complaint.Intake;
import dev.wuye.complaint.complaint.Investigation;
import dev.wuye.complaint.complaint.Outcome;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.LifecycleEngines;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.ComplaintSnapshot;
import dev.wuye.complaint.spi.ComplaintStore;
import dev.wuye.complaint.spi.DuplicateIntakeException;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.Masking;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.store.InMemoryStorage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The facade a host calls to run the procedure: {@link #submit(Command)} and two queries.
 *
 * <p>Per command: validate the command record once (Jakarta Validation; messages in the desk's
 * locale) → load the case through the SPI → check authority → let the aggregate act → save the new
 * snapshot with the expected version and exactly one {@link AuditEntry} → append to the duty log
 * where the command is a duty-officer act → publish the event. A rejected or invalid command stores
 * nothing.
 *
 * <p>Concurrency: safe from many threads. When another writer changed the case between load and
 * save ({@link StaleVersionException}), the desk reloads and retries the whole command once (authority
 * and rules are checked again on the fresh state); a second conflict propagates the
 * {@code StaleVersionException}. Intake is idempotent by key, also when two intakes with the same key
 * race: the loser gets the winner's case ({@link CommandResult.Accepted#replayed()}).
 *
 * <p>Case ids are 16 random hex digits by default; a valid complaint's record number is
 * {@code <department>-<yyyyMM of acceptance>-<case id>} — unique because the case id is, and derived
 * without a shared counter, so several host instances never race for a number.
 */
public final class ComplaintDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintDesk.class);
    private static final int MAX_DETAIL = 500;

    private final Storage storage;
    private final ComplaintStore store;
    private final Clock clock;
    private final LifecycleEngine engine;
    private final IntakeHours hours;
    private final Validator validator;
    private final ComplaintEventListener listener;
    private final Supplier<String> ids;
    private final Authority authority;
    private final ZoneId zone;
    private final Locale locale;

    private ComplaintDesk(Builder b) {
        this.storage = b.storage;
        this.store = b.storage.complaints();
        this.clock = b.clock;
        this.engine = b.engine;
        this.hours = new IntakeHours() {
            private final WorkingDayCalendar calendar = b.calendar;
            private final OfficeHours office = b.officeHours;

            @Override
            public boolean isOpen(Instant at) {
                return office.isOpen(at, calendar);
            }

            @Override
            public Instant nextOpening(Instant at) {
                return office.nextOpening(at, calendar);
            }
        };
        this.validator = b.validator != null ? b.validator : b.defaultValidator();
        this.listener = b.listener;
        this.ids = b.ids;
        this.authority = new Authority(b.gmdDepartment);
        this.zone = b.zone != null ? b.zone : b.storage.zone();
        this.locale = b.locale;
    }

    /** A builder with the embedded defaults. */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ queries

    /**
     * The latest stored state of a case.
     *
     * @param complaintId the case id
     * @return the snapshot, or empty
     */
    public Optional<ComplaintSnapshot> find(String complaintId) {
        return store.findById(complaintId);
    }

    /**
     * The case as the aggregate.
     *
     * @param complaintId the case id
     * @return the case, or empty
     */
    public Optional<Complaint> load(String complaintId) {
        return store.findById(complaintId).map(Complaint::restore);
    }

    /**
     * The audit trail of a case, oldest first: one entry per accepted command.
     *
     * @param complaintId the case id
     * @return the entries; empty for an unknown case
     */
    public List<AuditEntry> auditTrail(String complaintId) {
        return store.auditTrail(complaintId);
    }

    /** The storage the desk works on. */
    public Storage storage() {
        return storage;
    }

    // ------------------------------------------------------------------ commands

    /**
     * Runs a command.
     *
     * @param command the command
     * @return accepted (with the stored case and its event), rejected (naming the rule) or invalid
     *         (field violations)
     * @throws StaleVersionException when the case changed concurrently twice in a row
     * @throws ComplaintException    for an unreadable snapshot or a store failure
     */
    public CommandResult submit(Command command) {
        Objects.requireNonNull(command, "command");
        Set<ConstraintViolation<Command>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            return invalid(violations);
        }
        if (command instanceof ReceiveOpinion intake) {
            return receive(intake);
        }
        CaseCommand caseCommand = (CaseCommand) command;
        try {
            return act(caseCommand);
        } catch (StaleVersionException first) {
            LOG.debug("case {} changed concurrently ({}); retrying {} once", caseCommand.complaintId(),
                    first.getMessage(), command.getClass().getSimpleName());
            return act(caseCommand);
        }
    }

    private static CommandResult invalid(Set<ConstraintViolation<Command>> violations) {
        List<CommandResult.FieldViolation> list = new ArrayList<>();
        for (ConstraintViolation<Command> v : violations) {
            String field = v.getPropertyPath().toString();
            Object value = v.getInvalidValue();
            String shown = value == null ? null : field.startsWith("customer") ? mask(field, value) : abbreviate(value);
            list.add(new CommandResult.FieldViolation(field, v.getMessage(), shown));
        }
        list.sort(Comparator.comparing(CommandResult.FieldViolation::field)
                .thenComparing(CommandResult.FieldViolation::message));
        return new CommandResult.Invalid(list);
    }

    private static String mask(String field, Object value) {
        String s = String.valueOf(value);
        if (field.endsWith("phone")) {
            return Masking.phone(s);
        }
        if (field.endsWith("name")) {
            return Masking.name(s);
        }
        return Masking.address(s);
    }

    private static String abbreviate(Object value) {
        String s = String.valueOf(value);
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    // ------------------------------------------------------------------ intake

    private CommandResult receive(ReceiveOpinion r) {
        Optional<ComplaintSnapshot> existing = store.findByIdempotencyKey(r.idempotencyKey());
        if (existing.isPresent()) {
            return new CommandResult.Accepted(existing.get(), List.of(), true);
        }
        Verdict verdict = authority.companyLevelOpinionsGoToTheGmd(r.acceptingLevel(), r.department());
        if (verdict instanceof Verdict.Denied d) {
            return rejected(r, d.ruleId(), d.message());
        }
        Instant at = clock.instant();
        boolean duty = !hours.isOpen(r.receivedAt());
        Actor recorder = r.recorder();
        String receiver = r.receiverId() != null ? r.receiverId()
                : recorder.has(Role.RECEIVER) && recorder.department().equals(r.department()) ? recorder.staffId()
                : null;
        Intake intake = new Intake(r.idempotencyKey(), r.channel(), r.customer(), r.contentSummary(),
                recorder.staffId(), receiver, r.department(), r.acceptingLevel(), r.receivedAt(),
                LocalDate.ofInstant(r.receivedAt(), zone), duty, duty ? hours.nextOpening(r.receivedAt()) : null,
                r.agreedReplyBy(), r.agreedReplyMethod(), r.followUpChannel(), r.secondaryComplaint(), r.visitId());
        Outcome outcome = Complaint.receive(new ComplaintId(ids.get()), intake, at);
        if (outcome instanceof Outcome.Refused refused) {
            return rejected(r, refused.ruleId(), refused.message());
        }
        Outcome.Changed changed = (Outcome.Changed) outcome;
        ComplaintSnapshot snapshot = changed.after().toSnapshot();
        try {
            store.save(snapshot, 0, List.of(audit(r, changed, at)));
        } catch (DuplicateIntakeException race) {
            return store.findByIdempotencyKey(r.idempotencyKey())
                    .<CommandResult>map(s -> new CommandResult.Accepted(s, List.of(), true))
                    .orElseThrow(() -> new ComplaintException("case id " + snapshot.id()
                            + " is taken but no case has idempotency key " + r.idempotencyKey(), race));
        }
        if (duty) {
            ComplaintEvent.OpinionReceived e = (ComplaintEvent.OpinionReceived) changed.event();
            appendDutyLog(snapshot, recorder.staffId(), at, "REGISTERED",
                    "registered off hours via " + r.channel() + "; handover to the receiver due " + e.handoverDue());
        }
        return accepted(r, changed);
    }

    // ------------------------------------------------------------------ case commands

    private record Plan(AuthorityPolicy policy, BiFunction<Complaint, Act, Outcome> behaviour) {
    }

    private Plan plan(CaseCommand command) {
        Authority a = authority;
        if (command instanceof HandOver c) {
            return new Plan(a.onlyTheDutyOfficerHandsOver(), (x, act) -> x.handOver(c.receiverId(), act));
        } else if (command instanceof RecordDutyHandling c) {
            return new Plan(a.onlyDutyOfficersRecordDutyHandling(),
                    (x, act) -> x.recordDutyHandling(c.action(), c.text(), act));
        } else if (command instanceof Classify c) {
            return new Plan(a.onlyTheReceiverClassifies(), (x, act) -> x.classify(
                    new Classification(c.type(), c.ground(), c.category(), c.major()), act));
        } else if (command instanceof ConfirmInvalid) {
            return new Plan(a.onlyTheHeadConfirmsInvalidity(), Complaint::confirmInvalid);
        } else if (command instanceof ReturnForClassification c) {
            return new Plan(a.onlyTheHeadConfirmsInvalidity(), (x, act) -> x.returnForClassification(c.reason(), act));
        } else if (command instanceof AnswerInquiry c) {
            return new Plan(a.shortPathsByReceiverHandlerOrHead(), (x, act) -> x.answerInquiry(c.answer(), act));
        } else if (command instanceof ReplyToSuggestion c) {
            return new Plan(a.shortPathsByReceiverHandlerOrHead(), (x, act) -> x.replyToSuggestion(c.reply(), act));
        } else if (command instanceof PassOnPraise c) {
            return new Plan(a.shortPathsByReceiverHandlerOrHead(), (x, act) -> x.passOnPraise(c.note(), act));
        } else if (command instanceof Assign c) {
            return new Plan(a.onlyTheHeadOrADelegatedReceiverAssigns(c.handlerIds(), c.delegated()),
                    (x, act) -> x.assign(c.handlerIds(), act));
        } else if (command instanceof RecordInvestigation c) {
            return new Plan(a.onlyHandlersInvestigate(), (x, act) -> x.recordInvestigation(
                    new Investigation(c.facts(), c.onSiteVerified(), c.analysis(), c.sameProblemElsewhere()), act));
        } else if (command instanceof ProposeSolution c) {
            return new Plan(a.onlyHandlersProposeSolutions(), (x, act) -> x.proposeSolution(c.solution(), act));
        } else if (command instanceof ApproveSolution) {
            return new Plan(a.onlyTheDecidingHeadApproves(), Complaint::approveSolution);
        } else if (command instanceof RejectSolution c) {
            return new Plan(a.onlyTheDecidingHeadRejects(), (x, act) -> x.rejectSolution(c.reason(), act));
        } else if (command instanceof Escalate c) {
            return new Plan(a.escalationGoesUpTheChain(), (x, act) -> x.escalate(c.reason(), act));
        } else if (command instanceof AddCoHandling c) {
            return new Plan(a.onlyTheReceiverTransfersForCoHandling(),
                    (x, act) -> x.addCoHandling(c.department(), c.note(), act));
        } else if (command instanceof OpenCorrectiveAction c) {
            return new Plan(a.onlyTheHeadOpensCorrectiveAction(), (x, act) -> x.openCorrectiveAction(c.reason(), act));
        } else if (command instanceof ReportProgress c) {
            return new Plan(a.handlersReportProgress(), (x, act) -> x.reportProgress(c.text(), act));
        } else if (command instanceof UpdateCustomer c) {
            return new Plan(a.onlyTheReceiverUpdatesTheCustomer(), (x, act) -> x.updateCustomer(c.text(), act));
        } else if (command instanceof Complete c) {
            return new Plan(a.onlyTheDecidingHeadSignsTheResult(), (x, act) -> x.complete(c.result(), act));
        } else if (command instanceof RecordFollowUp c) {
            return new Plan(a.onlyTheReceiverFollowsUp(), (x, act) -> x.recordFollowUp(new FollowUpFindings(
                    c.method(), c.timely(), c.resultSatisfied(), c.attitudeSatisfied(), c.remarks()), zone, act));
        } else if (command instanceof DraftOnlineReply c) {
            return new Plan(a.onlyTheReceiverDraftsOnlineReplies(), (x, act) -> x.draftOnlineReply(c.text(), act));
        } else if (command instanceof ApproveOnlineReply) {
            return new Plan(a.onlyTheCentreDirectorApprovesOnlineReplies(), Complaint::approveOnlineReply);
        } else if (command instanceof RejectOnlineReply c) {
            return new Plan(a.onlyTheCentreDirectorApprovesOnlineReplies(),
                    (x, act) -> x.rejectOnlineReply(c.reason(), act));
        } else if (command instanceof Archive c) {
            return new Plan(a.archivedByTheReceiverOrTheGmd(),
                    (x, act) -> x.archive(c.archiveBatchId() != null ? c.archiveBatchId() : defaultBatch(x), act));
        }
        throw new ComplaintException("no plan for command " + command.getClass().getName());
    }

    /** The department's monthly batch of the month the case was closed in (R-4.8.1; the GMD's for company-level records, R-4.8.4). */
    private String defaultBatch(Complaint complaint) {
        ComplaintSnapshot s = complaint.toSnapshot();
        boolean company = complaint.acceptingLevel() == AcceptingLevel.COMPANY
                || complaint.escalationLevel().isCompanyLevel();
        Instant closed = s.closedAt() != null ? s.closedAt() : clock.instant();
        return (company ? authority.gmdDepartment() : s.department()) + "-" + YearMonth.from(closed.atZone(zone))
                + "-MONTHLY";
    }

    private CommandResult act(CaseCommand command) {
        Optional<ComplaintSnapshot> stored = store.findById(command.complaintId());
        if (stored.isEmpty()) {
            return unknownCase(command);
        }
        Complaint before = Complaint.restore(stored.get());
        Plan plan = plan(command);
        Verdict verdict = plan.policy().decide(command.actor(), before);
        if (verdict instanceof Verdict.Denied d) {
            return rejected(command, d.ruleId(), d.message());
        }
        Instant at = clock.instant();
        Outcome outcome = plan.behaviour().apply(before, new Act(command.actor().staffId(), at, engine));
        if (outcome instanceof Outcome.Refused refused) {
            return rejected(command, refused.ruleId(), refused.message());
        }
        Outcome.Changed changed = (Outcome.Changed) outcome;
        ComplaintSnapshot snapshot = changed.after().toSnapshot();
        store.save(snapshot, before.version(), List.of(audit(command, changed, at)));
        if (command instanceof HandOver h) {
            appendDutyLog(snapshot, command.actor().staffId(), at, "HANDED_OVER", "handed over to " + h.receiverId());
        } else if (command instanceof RecordDutyHandling d) {
            appendDutyLog(snapshot, command.actor().staffId(), at, d.action().name(), d.text());
        }
        return accepted(command, changed);
    }

    private CommandResult unknownCase(CaseCommand command) {
        return new CommandResult.Invalid(List.of(new CommandResult.FieldViolation("complaintId",
                DeskValidation.message("wuye.complaintId.unknown", locale), abbreviate(command.complaintId()))));
    }

    // ------------------------------------------------------------------ effects

    private AuditEntry audit(Command command, Outcome.Changed changed, Instant at) {
        Actor actor = command.actor();
        String detail = AuditDetail.of(changed.event());
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
        return new AuditEntry(changed.after().id().value(), changed.after().version(), at, actor.staffId(),
                actor.rolesCode(), actor.department(), command.getClass().getSimpleName(),
                changed.from() == null ? null : changed.from().name(), changed.to().name(), detail);
    }

    private void appendDutyLog(ComplaintSnapshot s, String dutyOfficer, Instant at, String kind, String text) {
        storage.dutyLog().append(new DutyLogEntry(s.id() + "#" + s.version(), s.department(), dutyOfficer, at, kind,
                s.id(), text));
    }

    private CommandResult accepted(Command command, Outcome.Changed changed) {
        LOG.debug("{} accepted: case {} {} -> {} (version {})", command.getClass().getSimpleName(),
                changed.after().id(), changed.from(), changed.to(), changed.after().version());
        try {
            listener.on(changed.event());
        } catch (RuntimeException e) {
            LOG.warn("event listener failed on {} of case {}; the change is stored", changed.event().getClass()
                    .getSimpleName(), changed.after().id(), e);
        }
        return new CommandResult.Accepted(changed.after().toSnapshot(), List.of(changed.event()), false);
    }

    private static CommandResult rejected(Command command, String ruleId, String message) {
        LOG.debug("{} by {} rejected: {}: {}", command.getClass().getSimpleName(),
                command.actor().staffId(), ruleId, message);
        return new CommandResult.Rejected(ruleId, message);
    }

    // ------------------------------------------------------------------ builder

    /** Builds a {@link ComplaintDesk}. Not thread-safe; the desk it builds is. */
    public static final class Builder {
        private Storage storage = new InMemoryStorage();
        private Clock clock = Clock.systemUTC();
        private LifecycleEngine engine = LifecycleEngines.defaultEngine();
        private WorkingDayCalendar calendar;
        private OfficeHours officeHours = OfficeHours.defaults();
        private Validator validator;
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private ComplaintEventListener listener = ComplaintEventListener.NONE;
        private Supplier<String> ids = new RandomIds();
        private String gmdDepartment = Authority.DEFAULT_GMD_DEPARTMENT;
        private ZoneId zone;

        private Builder() {
        }

        /** Where cases, audit trails and logs are kept; default a new {@link InMemoryStorage}. */
        public Builder storage(Storage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** The only source of time; default {@link Clock#systemUTC()}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The lifecycle engine; default {@link LifecycleEngines#defaultEngine()}. */
        public Builder lifecycleEngine(LifecycleEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /** The working-day calendar for office hours (R-4.2.1b); default {@link WorkingDayCalendar#chinaMainland()}. */
        public Builder calendar(WorkingDayCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * When the receiver accepts on working days; outside, intake is a duty registration whose
         * handover is due at the next opening (R-4.2.1b, R-4.2.4a). Default {@link OfficeHours#defaults()}.
         */
        public Builder officeHours(OfficeHours officeHours) {
            this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
            return this;
        }

        /** The validator for command records; default Hibernate Validator with the library's messages. */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** The locale of validation messages ({@link Locale#SIMPLIFIED_CHINESE}, the default, or {@link Locale#ENGLISH}). */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** Who hears about accepted commands; default none. */
        public Builder eventListener(ComplaintEventListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** How new case ids are made; default 16 random hex digits. Ids must be unique. */
        public Builder idGenerator(Supplier<String> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /** The GMD's department id (R-3.2, R-4.8.4); default {@value Authority#DEFAULT_GMD_DEPARTMENT}. */
        public Builder gmdDepartment(String gmdDepartment) {
            this.gmdDepartment = Objects.requireNonNull(gmdDepartment, "gmdDepartment");
            return this;
        }

        /** The zone dates (acceptance date, archive month) are taken in; default the storage's zone. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        private Validator defaultValidator() {
            return DeskValidation.validator(locale, clock);
        }

        /** The desk. */
        public ComplaintDesk build() {
            if (calendar == null) {
                calendar = WorkingDayCalendar.chinaMainland();
            }
            return new ComplaintDesk(this);
        }
    }

    private static final class RandomIds implements Supplier<String> {
        private final SecureRandom random = new SecureRandom();

        @Override
        public String get() {
            byte[] bytes = new byte[8];
            random.nextBytes(bytes);
            return HexFormat.of().withUpperCase().formatHex(bytes);
        }
    }
}
