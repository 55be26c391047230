package dev.wuye.complaint.examples.boot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.desk.AddCoHandling;
import dev.wuye.complaint.desk.AnswerInquiry;
import dev.wuye.complaint.desk.ApproveOnlineReply;
import dev.wuye.complaint.desk.ApproveSolution;
import dev.wuye.complaint.desk.Archive;
import dev.wuye.complaint.desk.Assign;
import dev.wuye.complaint.desk.CaseCommand;
import dev.wuye.complaint.desk.Classify;
import dev.wuye.complaint.desk.Command;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.Complete;
import dev.wuye.complaint.desk.ConfirmInvalid;
import dev.wuye.complaint.desk.DecideEscalation;
import dev.wuye.complaint.desk.DraftOnlineReply;
import dev.wuye.complaint.desk.Escalate;
import dev.wuye.complaint.desk.HandOver;
import dev.wuye.complaint.desk.OpenCorrectiveAction;
import dev.wuye.complaint.desk.PassOnPraise;
import dev.wuye.complaint.desk.ProposeSolution;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.RecordDutyHandling;
import dev.wuye.complaint.desk.ReportToHead;
import dev.wuye.complaint.desk.RecordFollowUp;
import dev.wuye.complaint.desk.RecordInvestigation;
import dev.wuye.complaint.desk.ReferToGeneralManager;
import dev.wuye.complaint.desk.RejectOnlineReply;
import dev.wuye.complaint.desk.RejectSolution;
import dev.wuye.complaint.desk.ReplyToSuggestion;
import dev.wuye.complaint.desk.ReportProgress;
import dev.wuye.complaint.desk.ReturnForClassification;
import dev.wuye.complaint.desk.TransferReception;
import dev.wuye.complaint.desk.UpdateCustomer;
import dev.wuye.complaint.examples.boot.security.CaseScope;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case API. Who acts comes from the {@link ActorResolver}: the user signed in with Spring Security (HTTP Basic),
 * whose {@link Role} codes and department come from the user directory (docs/security.md). A case outside the
 * person's reach ({@link CaseScope}) is answered exactly as an unknown one: 404. A command's body is its
 * {@code dev.wuye.complaint.desk} record without the actor and the case id, e.g.
 * {@code POST /api/complaints/{id}/assign {"handlerIds":["h1"]}}.
 *
 * <p>Answers: the case (200, or 201 for a new intake); a rule that says no → 409 problem naming the
 * rule, 403 when the rule reserves the act to another role or department; invalid input → 400 problem naming the fields; unknown case → 404 problem.
 * Bodies are {@code application/json} (else 415), read strictly ({@link StrictJsonConfiguration}).
 */
@RestController
@RequestMapping("/api/complaints")
public class ComplaintController {

    /** The lifecycle commands by their path segment. */
    static final Map<String, Class<? extends CaseCommand>> COMMANDS = Map.ofEntries(
            Map.entry("hand-over", HandOver.class),
            Map.entry("classify", Classify.class),
            Map.entry("confirm-invalid", ConfirmInvalid.class),
            Map.entry("return-for-classification", ReturnForClassification.class),
            Map.entry("answer-inquiry", AnswerInquiry.class),
            Map.entry("reply-to-suggestion", ReplyToSuggestion.class),
            Map.entry("pass-on-praise", PassOnPraise.class),
            Map.entry("assign", Assign.class),
            Map.entry("investigation", RecordInvestigation.class),
            Map.entry("solution", ProposeSolution.class),
            Map.entry("approve-solution", ApproveSolution.class),
            Map.entry("reject-solution", RejectSolution.class),
            Map.entry("escalate", Escalate.class),
            Map.entry("co-handling", AddCoHandling.class),
            Map.entry("corrective-action", OpenCorrectiveAction.class),
            Map.entry("duty-handling", RecordDutyHandling.class),
            Map.entry("report-to-head", ReportToHead.class),
            Map.entry("progress", ReportProgress.class),
            Map.entry("customer-update", UpdateCustomer.class),
            Map.entry("complete", Complete.class),
            Map.entry("follow-up", RecordFollowUp.class),
            Map.entry("online-reply", DraftOnlineReply.class),
            Map.entry("approve-online-reply", ApproveOnlineReply.class),
            Map.entry("reject-online-reply", RejectOnlineReply.class),
            Map.entry("archive", Archive.class),
            Map.entry("decide-escalation", DecideEscalation.class),
            Map.entry("refer-to-general-manager", ReferToGeneralManager.class),
            Map.entry("transfer-reception", TransferReception.class));

    private final ComplaintDesk desk;
    private final ObjectMapper json;
    private final Problems problems;
    private final ActorResolver actors;
    private final CaseScope scope;

    /**
     * @param desk     the desk (results rendered in the request's language)
     * @param json     Spring's object mapper
     * @param problems builds problem details
     * @param actors   who acts (the signed-in user)
     * @param scope    which cases that person reaches
     */
    public ComplaintController(ComplaintDesk desk, ObjectMapper json, Problems problems, ActorResolver actors,
                               CaseScope scope) {
        this.desk = desk;
        this.json = json;
        this.problems = problems;
        this.actors = actors;
        this.scope = scope;
    }

    /**
     * Intake (受理, R-4.2): records an opinion. Idempotent by {@code idempotencyKey}.
     *
     * @param body the {@link ReceiveOpinion} fields but {@code recorder}; {@code replyAgreement} is required with its
     *             {@code basis} ({@code AGREED}, {@code CUSTOMER_WISH} or {@code NO_PREFERENCE}, R-4.2.5b)
     * @return 201 with the new case (200 when the key was seen before)
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<Object> receive(@RequestBody ObjectNode body) {
        body.set("recorder", actorNode());
        ReceiveOpinion command = read(body, ReceiveOpinion.class);
        CommandResult result = desk.submit(command);
        if (result instanceof CommandResult.Accepted a && !a.replayed()) {
            return ResponseEntity.created(URI.create("/api/complaints/" + a.caseId())).body(a.complaint());
        }
        return answer(result);
    }

    /**
     * A lifecycle command on a case.
     *
     * @param id      the case id
     * @param command the command's path segment, e.g. {@code approve-solution}
     * @param body    the command record's fields but {@code actor} and {@code caseId} (may be empty)
     * @return the case after the command
     */
    @PostMapping(path = "/{id}/{command}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<Object> act(@PathVariable String id, @PathVariable String command,
                                      @RequestBody(required = false) ObjectNode body) {
        Class<? extends CaseCommand> type = COMMANDS.get(command);
        if (type == null) {
            ProblemDetail unknown = problems.invalid(List.of(new FieldViolation("command",
                    problems.text("problem.unknownCommand", String.join(", ", COMMANDS.keySet().stream().sorted().toList())),
                    command)));
            unknown.setStatus(404);
            return ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(unknown);
        }
        ObjectNode fields = body == null ? json.createObjectNode() : body;
        fields.set("actor", actorNode());
        fields.put("caseId", id);
        visible(id);
        return answer(desk.submit(read(fields, type)));
    }

    /**
     * A case as stored: state, classification, handling cycles, follow-ups …
     *
     * @param id the case id
     * @return the case
     */
    @GetMapping("/{id}")
    public CaseSnapshot get(@PathVariable String id) {
        return visible(id);
    }

    /**
     * The audit trail of a case, oldest first: one entry per accepted command.
     *
     * @param id the case id
     * @return the entries
     */
    @GetMapping("/{id}/audit")
    public List<AuditEntry> audit(@PathVariable String id) {
        visible(id);
        return desk.auditTrail(id);
    }

    /**
     * The case, if it exists and the current person reaches it; otherwise the same 404 as for an id that does not
     * exist, so that another department's case is not revealed.
     */
    private CaseSnapshot visible(String id) {
        return desk.find(id).filter(c -> scope.sees(actor(), c)).orElseThrow(() -> new CaseNotFoundException(id));
    }

    private ResponseEntity<Object> answer(CommandResult result) {
        if (result instanceof CommandResult.Accepted a) {
            return ResponseEntity.ok(a.complaint());
        }
        if (result instanceof CommandResult.Rejected r) {
            String reason = r.rejection().message(language());
            if (r.rejection().messageKey().startsWith("authority.")) {
                return ResponseEntity.status(403).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.permissionRefused(r.ruleId(), reason));
            }
            return ResponseEntity.status(409).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.ruleRejected(r.ruleId(), reason));
        }
        CommandResult.Invalid invalid = (CommandResult.Invalid) result;
        Locale language = language();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.invalid(invalid.violations().stream()
                .map(v -> new FieldViolation(v.field(), v.message(language), v.value())).toList()));
    }

    /** The request's language: English when asked for, Simplified Chinese otherwise. */
    private static Locale language() {
        Locale requested = LocaleContextHolder.getLocale();
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private <C extends Command> C read(ObjectNode body, Class<C> type) {
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableCommandException(e);
        }
    }

    /** The actor as its record's three fields (read back strictly: no derived properties). */
    private ObjectNode actorNode() {
        Actor a = actor();
        ObjectNode node = json.createObjectNode();
        node.put("staffId", a.staffId());
        node.set("roles", json.valueToTree(a.roles() == null ? List.of() : a.roles().stream().map(Enum::name).toList()));
        node.put("department", a.department());
        return node;
    }

    /** Who acts, from the {@link ActorResolver}; nobody is an actor without staff id, roles or department. */
    private Actor actor() {
        return actors.currentActor().orElseGet(() -> new Actor(null, Set.of(), null));
    }
}
