package dev.wuye.complaint.desk;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Dispatch by the command's type without an {@code instanceof} chain: a table from each concrete
 * command record to its handler, built once per desk and checked against the sealed {@link Command}
 * hierarchy when built — a command type without a handler fails the desk's construction, so adding
 * a command record forces adding its handler (as a visitor would, but without touching the records).
 */
final class CommandDispatch {

    private final Map<Class<?>, Function<Command, CommandResult>> handlers = new HashMap<>();

    /**
     * Registers the handler of one command type.
     *
     * @param type    the concrete command record
     * @param handler what handles it
     * @param <C>     the command type
     * @return this
     */
    <C extends Command> CommandDispatch on(Class<C> type, Function<? super C, CommandResult> handler) {
        if (handlers.put(type, c -> handler.apply(type.cast(c))) != null) {
            throw new IllegalStateException("two handlers for " + type.getSimpleName());
        }
        return this;
    }

    /**
     * Checks that every concrete command of the sealed hierarchy has a handler.
     *
     * @return this
     * @throws IllegalStateException naming the command types without a handler
     */
    CommandDispatch complete() {
        Set<Class<?>> missing = new LinkedHashSet<>(leaves(Command.class));
        missing.removeAll(handlers.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no handler for " + missing);
        }
        return this;
    }

    /**
     * Hands a command to its handler.
     *
     * @param command a validated command
     * @return the handler's result
     */
    CommandResult dispatch(Command command) {
        return handlers.get(command.getClass()).apply(command);
    }

    /** The concrete (record) types of a sealed hierarchy. */
    static Set<Class<?>> leaves(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        if (!type.isSealed()) {
            out.add(type);
            return out;
        }
        for (Class<?> sub : type.getPermittedSubclasses()) {
            out.addAll(leaves(sub));
        }
        return out;
    }
}
