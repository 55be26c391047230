package dev.wuye.complaint.boot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wuye.complaint.desk.ConcurrentChangeException;
import java.io.IOException;
import org.springframework.http.MediaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.desk.CaseCommand;
import dev.wuye.complaint.desk.Command;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.spi.CaseSnapshot;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The starter's case API under {@code wuye.complaint.web.base-path} (default {@value #DEFAULT_BASE_PATH}).
 * A command's body is its {@code dev.wuye.complaint.desk} record without the actor and the case id, e.g.
 * {@code POST /api/complaints/{id}/assign {"handlerIds":["h1"]}}; the actor comes from the
 * {@link ActorResolver}. The OpenAPI description (with springdoc) shows one typed operation per command.
 *
 * <p>Answers, as RFC 9457 problem details where refused: the case (200, or 201 for a new intake); a
 * permission the procedure reserves to another role or department → 403 naming the rule; any other rule that
 * says no → 409 naming the rule; invalid fields → 400 naming each field; unknown case or command → 404.
 * Texts are the library's, in the request's {@code Accept-Language} (else {@code wuye.complaint.locale}).
 *
 * <p>Reads bodies ({@code application/json} only, else 415) with its own Jackson 2 mapper (the core's), so that
 * it is the same under Spring Boot 3 (Jackson 2) and Spring Boot 4 (Jackson 3 for HTTP), answering only JSON (an unacceptable {@code Accept} is a 406
 * before the command runs), and strictly
 * ({@link StrictJson}: no coercion of scalars, no duplicate keys, no unknown fields, no numeric instants). A
 * command lost to concurrent changes after the desk's retry answers 409 with {@code retryable: true}.
 */
@RestController
@RequestMapping("${wuye.complaint.web.base-path:/api/complaints}")
public class ComplaintApiController {

    /** The default base path. */
    public static final String DEFAULT_BASE_PATH = "/api/complaints";
    /** The base of every problem type URI. */
    public static final String TYPE_BASE = "https://wuye.dev/problems/";

    private static final ObjectMapper JSON = StrictJson.apply(JsonMapper.builder().addModule(new JavaTimeModule())
            .build());

    private final ComplaintDesk desk;
    private final ActorResolver actors;
    private final Locale defaultLocale;

    /**
     * @param desk          the desk
     * @param actors        who acts
     * @param defaultLocale the language when a request names none
     */
    public ComplaintApiController(ComplaintDesk desk, ActorResolver actors, Locale defaultLocale) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    }

    /**
     * Intake (受理, R-4.2): records an opinion; idempotent by {@code idempotencyKey}.
     *
     * @param body     the {@link ReceiveOpinion} fields but {@code recorder}
     * @param language the request's {@code Accept-Language}
     * @return 201 with the new case (200 when the key was seen before), or a problem
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<Object> receive(@RequestBody(required = false) byte[] body,
                                          @RequestHeader(name = "Accept-Language", required = false) String language) {
        Locale locale = locale(language);
        Object parsed = parse(body);
        if (parsed instanceof ProblemDetail p) {
            return ResponseEntity.status(p.getStatus()).body(p);
        }
        ObjectNode fields = (ObjectNode) parsed;
        fields.set("recorder", JSON.valueToTree(actor()));
        Object command = read(fields, ReceiveOpinion.class, locale);
        if (command instanceof ProblemDetail p) {
            return ResponseEntity.status(p.getStatus()).body(p);
        }
        CommandResult result;
        try {
            result = desk.submit((Command) command);
        } catch (ConcurrentChangeException e) {
            return new ProblemExceptionHandler().concurrentChange(e);
        }
        if (result instanceof CommandResult.Accepted a && !a.replayed()) {
            return ResponseEntity.created(URI.create("./" + a.caseId())).body(a.complaint());
        }
        return answer(result, locale);
    }

    /**
     * A lifecycle command on a case.
     *
     * @param id       the case id
     * @param command  the command's path segment (see {@link CaseCommands#BY_PATH}), e.g. {@code approve-solution}
     * @param body     the command record's fields but {@code actor} and {@code caseId} (may be empty)
     * @param language the request's {@code Accept-Language}
     * @return the case after the command, or a problem
     */
    @PostMapping(path = "/{id}/{command}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<Object> act(@PathVariable("id") String id, @PathVariable("command") String command,
                                      @RequestBody(required = false) byte[] body,
                                      @RequestHeader(name = "Accept-Language", required = false) String language) {
        Locale locale = locale(language);
        Class<? extends CaseCommand> type = CaseCommands.BY_PATH.get(command);
        if (type == null) {
            return problem(HttpStatus.NOT_FOUND, "unknown-command", "Unknown command",
                    "No command " + command + "; known: " + String.join(", ", CaseCommands.BY_PATH.keySet()), Map.of());
        }
        if (desk.find(id).isEmpty()) {
            return notFound(id);
        }
        Object parsed = parse(body);
        if (parsed instanceof ProblemDetail p) {
            return ResponseEntity.status(p.getStatus()).body(p);
        }
        ObjectNode fields = (ObjectNode) parsed;
        fields.set("actor", JSON.valueToTree(actor()));
        fields.put("caseId", id);
        Object read = read(fields, type, locale);
        if (read instanceof ProblemDetail p) {
            return ResponseEntity.status(p.getStatus()).body(p);
        }
        try {
            return answer(desk.submit((Command) read), locale);
        } catch (ConcurrentChangeException e) {
            return new ProblemExceptionHandler().concurrentChange(e);
        }
    }

    /**
     * A case as stored.
     *
     * @param id the case id
     * @return the case, or a 404 problem
     */
    @GetMapping("/{id}")
    public ResponseEntity<Object> get(@PathVariable("id") String id) {
        return desk.find(id).<ResponseEntity<Object>>map(ResponseEntity::ok).orElseGet(() -> notFound(id));
    }

    private ResponseEntity<Object> notFound(String id) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such case", "No case " + id, Map.of("id", id));
    }

    private Map<String, Object> actor() {
        Actor a = actors.currentActor().orElseGet(() -> new Actor(null, Set.of(), null));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("staffId", a.staffId());
        m.put("roles", a.roles() == null ? List.of() : a.roles().stream().map(Enum::name).toList());
        m.put("department", a.department());
        return m;
    }

    private Locale locale(String language) {
        if (language == null || language.isBlank()) {
            return defaultLocale;
        }
        List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(language);
        Locale match = Locale.lookup(ranges, List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.CHINESE));
        return match == null ? defaultLocale : match.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : match;
    }

    /** The body as a JSON object read strictly ({@link StrictJson}), or a 400 problem. */
    private static Object parse(byte[] body) {
        if (body == null || body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node instanceof ObjectNode o) {
                return o;
            }
            return unreadable("body");
        } catch (IOException e) {
            return unreadable(ProblemExceptionHandler.fieldOf(e));
        }
    }

    private static Object read(ObjectNode fields, Class<?> type, Locale locale) {
        try {
            return JSON.treeToValue(fields, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return unreadable(ProblemExceptionHandler.fieldOf(e instanceof JsonProcessingException ? e : e.getCause()));
        }
    }

    private static ProblemDetail unreadable(String field) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setType(URI.create(TYPE_BASE + "invalid-request"));
        p.setTitle("Invalid request");
        p.setDetail("Unreadable field: " + field);
        p.setProperty("violations", List.of(Map.of("field", field, "message", "unreadable")));
        return p;
    }

    private static ResponseEntity<Object> answer(CommandResult result, Locale locale) {
        if (result instanceof CommandResult.Accepted a) {
            return ResponseEntity.ok(a.complaint());
        }
        if (result instanceof CommandResult.Recorded r) {
            return ResponseEntity.ok(r.result());
        }
        if (result instanceof CommandResult.Rejected r) {
            boolean permission = r.rejection().messageKey().startsWith("authority.");
            return problem(permission ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT,
                    permission ? "permission-refused" : "rule-rejected",
                    (permission ? "Not permitted by " : "Refused by ") + r.ruleId(), r.rejection().message(locale),
                    Map.of("ruleId", r.ruleId()));
        }
        CommandResult.Invalid invalid = (CommandResult.Invalid) result;
        List<Map<String, Object>> violations = invalid.violations().stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", v.field());
            m.put("message", v.message(locale));
            if (v.value() != null) {
                m.put("value", v.value());
            }
            return m;
        }).toList();
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "Invalid fields: "
                + invalid.violations().stream().map(CommandResult.FieldViolation::field).distinct()
                .collect(Collectors.joining(", ")), Map.of("violations", violations));
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String type, String title, String detail,
                                                  Map<String, Object> properties) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        p.setTitle(title);
        properties.forEach(p::setProperty);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
