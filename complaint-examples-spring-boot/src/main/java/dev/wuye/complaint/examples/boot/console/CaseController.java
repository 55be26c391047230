package dev.wuye.complaint.examples.boot.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.boot.web.CaseCommands;
import dev.wuye.complaint.desk.CaseCommand;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.examples.boot.security.CaseScope;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.spi.CaseSnapshot;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page ({@code /console/cases/{id}}): the case's data, its timeline, its running clocks and one
 * button per action the desk allows this person now ({@link ComplaintDesk#allowedActions}); each button opens
 * the form its command needs ({@code /console/cases/{id}/{command}}, the JSON API's path segment), whose
 * submit goes to {@link ComplaintDesk#submit}. A case out of the person's {@link CaseScope} answers the same
 * 404 page as an unknown one.
 */
@Controller
public class CaseController {

    private final ComplaintDesk desk;
    private final CaseScope scope;
    private final ConsoleModelAdvice people;
    private final ConsoleLabels labels;
    private final CaseView views;
    private final ObjectMapper json;
    private final OfficeHours hours;

    /**
     * Creates the controller.
     *
     * @param desk   the desk
     * @param scope  who reaches which case
     * @param people the signed-in person
     * @param labels words
     * @param views  the case in words
     * @param json   the host's (strict) object mapper, which reads commands as the JSON API does
     * @param hours  the office hours (their zone, for date-and-time inputs)
     */
    public CaseController(ComplaintDesk desk, CaseScope scope, ConsoleModelAdvice people, ConsoleLabels labels,
                          CaseView views, ObjectMapper json, OfficeHours hours) {
        this.desk = desk;
        this.scope = scope;
        this.people = people;
        this.labels = labels;
        this.views = views;
        this.json = json;
        this.hours = hours;
    }

    /**
     * One button: an action the person may take now.
     *
     * @param path  the command's path segment
     * @param label the command in words
     */
    public record Action(String path, String label) {
    }

    /**
     * The case page.
     *
     * @param id     the case id
     * @param model  the page's model
     * @param locale the reader's locale
     * @return the view
     */
    @GetMapping("/console/cases/{id}")
    public String show(@PathVariable String id, Model model, Locale locale) {
        Actor actor = actor(locale);
        CaseSnapshot c = visible(actor, id);
        views.fill(model, actor, c, locale);
        model.addAttribute("actions", actions(actor, id, locale));
        return "console/case";
    }

    /**
     * The form of one action.
     *
     * @param id      the case id
     * @param command the command's path segment
     * @param model   the page's model
     * @param locale  the reader's locale
     * @return the view
     */
    @GetMapping("/console/cases/{id}/{command}")
    public String form(@PathVariable String id, @PathVariable String command, Model model, Locale locale) {
        Actor actor = actor(locale);
        CaseSnapshot c = visible(actor, id);
        Class<? extends CaseCommand> type = command(actor, id, command);
        return showForm(model, c, command, type, Map.of(), Map.of(), null, locale);
    }

    /**
     * Submits one action.
     *
     * @param id       the case id
     * @param command  the command's path segment
     * @param params   the posted fields
     * @param model    the page's model
     * @param redirect the next page's message
     * @param locale   the reader's locale
     * @return the case page, or the form again with the refusal or the field messages
     */
    @PostMapping("/console/cases/{id}/{command}")
    public String submit(@PathVariable String id, @PathVariable String command,
                         @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                         Locale locale) {
        Actor actor = actor(locale);
        CaseSnapshot c = visible(actor, id);
        Class<? extends CaseCommand> type = command(actor, id, command);
        Map<String, String> values = new LinkedHashMap<>(params);
        values.remove("_csrf");
        CaseCommand cmd;
        try {
            ObjectNode body = ActionForm.body(type, values, json, hours.zone());
            body.set("actor", json.valueToTree(Map.of("staffId", actor.staffId(),
                    "roles", actor.roles().stream().map(Enum::name).sorted().toList(),
                    "department", actor.department() == null ? "" : actor.department())));
            body.put("caseId", id);
            cmd = json.treeToValue(body, type);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return showForm(model, c, command, type, values, Map.of(unreadableField(e), labels.text(
                    "case.unreadable", locale, unreadableField(e))), null, locale);
        }
        CommandResult result = desk.submit(cmd);
        if (result instanceof CommandResult.Accepted) {
            redirect.addFlashAttribute("done", labels.text("case.accepted", locale, labels.command(
                    type.getSimpleName(), locale)));
            return "redirect:/console/cases/" + id;
        }
        if (result instanceof CommandResult.Rejected r) {
            return showForm(model, c, command, type, values, Map.of(), labels.text("case.rejected", locale,
                    r.rejection().ruleId(), r.rejection().message(Messages.language(locale))), locale);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (CommandResult.FieldViolation v : ((CommandResult.Invalid) result).violations()) {
            errors.merge(v.field().contains(".") ? v.field().substring(0, v.field().indexOf('.')) : v.field(),
                    v.message(Messages.language(locale)), (a, b) -> a + " " + b);
        }
        return showForm(model, c, command, type, values, errors, null, locale);
    }

    private String showForm(Model model, CaseSnapshot c, String path, Class<? extends CaseCommand> type,
                            Map<String, String> values, Map<String, String> errors, String refusal, Locale locale) {
        model.addAttribute("c", c);
        model.addAttribute("path", path);
        model.addAttribute("commandLabel", labels.command(type.getSimpleName(), locale));
        model.addAttribute("fields", ActionForm.fields(type, values, labels, locale));
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "console/action";
    }

    private List<Action> actions(Actor actor, String id, Locale locale) {
        List<Class<? extends CaseCommand>> order = List.copyOf(CaseCommands.BY_PATH.values());
        return desk.allowedActions(actor, id).stream()
                .sorted(Comparator.comparingInt((Class<? extends CaseCommand> t) -> order.contains(t)
                        ? order.indexOf(t) : order.size()).thenComparing(Class::getSimpleName))
                .map(t -> new Action(path(t), labels.command(t.getSimpleName(), locale)))
                .toList();
    }

    /** The JSON API's path segment of a command; a command the API does not name gets its kebab-case name. */
    static String path(Class<? extends CaseCommand> type) {
        return CaseCommands.BY_PATH.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(() -> type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
    }

    private Class<? extends CaseCommand> command(Actor actor, String id, String path) {
        Class<? extends CaseCommand> type = CaseCommands.BY_PATH.get(path);
        if (type != null) {
            return type;
        }
        Set<Class<? extends CaseCommand>> allowed = desk.allowedActions(actor, id);
        return allowed.stream().filter(t -> path(t).equals(path)).findFirst()
                .orElseThrow(CaseNotVisibleException::new);
    }

    private CaseSnapshot visible(Actor actor, String id) {
        Optional<CaseSnapshot> c = desk.find(id);
        if (c.isEmpty() || !scope.sees(actor, c.get())) {
            throw new CaseNotVisibleException();
        }
        return c.get();
    }

    private Actor actor(Locale locale) {
        return people.current(locale).map(ConsolePerson::actor).orElseThrow(CaseNotVisibleException::new);
    }

    private static String unreadableField(Exception e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return m.getPath().stream().map(r -> r.getFieldName() == null ? String.valueOf(r.getIndex()) : r.getFieldName())
                    .collect(Collectors.joining("."));
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.contains(":") ? message.substring(0, message.indexOf(':')) : "form";
    }
}
