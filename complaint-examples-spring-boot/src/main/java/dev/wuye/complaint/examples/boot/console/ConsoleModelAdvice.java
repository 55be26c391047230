package dev.wuye.complaint.examples.boot.console;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.boot.actor.ActorResolver;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in person ({@code me}) into the model of every console page, for the layout's header. The
 * person's name comes from the example users' configuration ({@code wuye.host.users[*].name}) when there
 * is one.
 */
@ControllerAdvice(basePackageClasses = ConsoleModelAdvice.class)
public class ConsoleModelAdvice {

    private final ActorResolver actors;
    private final ConsoleLabels labels;
    private final Map<String, String> names;

    /**
     * Creates the advice.
     *
     * @param actors      who the request is
     * @param labels      words for roles
     * @param environment the configuration, for the people's names
     */
    public ConsoleModelAdvice(ActorResolver actors, ConsoleLabels labels, Environment environment) {
        this.actors = actors;
        this.labels = labels;
        this.names = Binder.get(environment).bind("wuye.host.users", Bindable.listOf(UserName.class))
                .orElse(List.of()).stream().filter(u -> u.username() != null && u.name() != null)
                .collect(Collectors.toUnmodifiableMap(UserName::username, UserName::name, (a, b) -> a));
    }

    /**
     * The signed-in person, or {@code null} on the sign-in page.
     *
     * @param locale the reader's locale
     * @return the person
     */
    @ModelAttribute("me")
    public ConsolePerson me(Locale locale) {
        return current(locale).orElse(null);
    }

    /**
     * The signed-in person.
     *
     * @param locale the reader's locale
     * @return the person; empty when nobody is signed in
     */
    public Optional<ConsolePerson> current(Locale locale) {
        Optional<Actor> actor = actors.currentActor().filter(a -> a.staffId() != null && !a.staffId().isBlank());
        return actor.map(a -> new ConsolePerson(a, name(a.staffId()), a.department(),
                a.roles() == null ? "" : a.roles().stream().sorted().map(r -> labels.of(r, locale))
                        .collect(Collectors.joining(ConsoleLabels.english(locale) ? ", " : "、"))));
    }

    /**
     * A person's name, for timelines.
     *
     * @param staffId the staff id
     * @return the configured name, or the staff id
     */
    public String name(String staffId) {
        if (staffId == null) {
            return "";
        }
        return names.getOrDefault(staffId, staffId);
    }

    /**
     * The part of a configured user the console shows.
     *
     * @param username the sign-in name (the staff id)
     * @param name     the person's name
     */
    public record UserName(String username, String name) {
    }
}
