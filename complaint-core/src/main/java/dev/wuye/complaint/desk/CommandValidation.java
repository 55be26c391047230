package dev.wuye.complaint.desk;

import dev.wuye.complaint.classification.CategoryTaxonomy;
import dev.wuye.complaint.spi.Masking;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline's first step: the command record's Jakarta constraints (once per command), then the
 * category taxonomy for {@link Classify}. Violations keep their templates, so the caller renders
 * them in its own language.
 */
final class CommandValidation {

    private final Validator validator;
    private final CategoryTaxonomy categories;

    CommandValidation(Validator validator, CategoryTaxonomy categories) {
        this.validator = validator;
        this.categories = categories;
    }

    /**
     * Validates a command.
     *
     * @param command the command
     * @return the violations, or empty when the command is valid
     */
    Optional<CommandResult.Invalid> check(Command command) {
        Set<ConstraintViolation<Command>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            return Optional.of(invalid(violations));
        }
        if (command instanceof Classify c && categories.find(c.category()).isEmpty()) {
            String shown = abbreviate(c.category());
            return Optional.of(new CommandResult.Invalid(List.of(new CommandResult.FieldViolation("category",
                    "{wuye.category.unknown}", Map.of("value", shown), shown))));
        }
        return Optional.empty();
    }

    /** An unknown case id, reported on the {@code caseId} field. */
    static CommandResult unknownCase(CaseCommand command) {
        return new CommandResult.Invalid(List.of(new CommandResult.FieldViolation("caseId",
                "{wuye.caseId.unknown}", Map.of(), abbreviate(command.caseId()))));
    }

    private static CommandResult.Invalid invalid(Set<ConstraintViolation<Command>> violations) {
        List<CommandResult.FieldViolation> list = new ArrayList<>();
        for (ConstraintViolation<Command> v : violations) {
            String field = v.getPropertyPath().toString();
            ViolationDetail detail = DeskValidation.detail(v);
            Object value = detail != null && detail.value() != null ? detail.value() : v.getInvalidValue();
            String shown = value == null ? null : field.contains("customer") ? mask(field, value) : abbreviate(value);
            list.add(DeskValidation.violation(v, shown));
        }
        list.sort(Comparator.comparing(CommandResult.FieldViolation::field)
                .thenComparing(CommandResult.FieldViolation::template));
        return new CommandResult.Invalid(list);
    }

    private static String mask(String field, Object value) {
        String s = String.valueOf(value);
        if (field.endsWith("phone")) {
            return escaped(Masking.phone(s));
        }
        if (field.endsWith("name")) {
            return escaped(Masking.name(s));
        }
        return escaped(Masking.address(s));
    }

    /**
     * A rejected value as a message may show it: at most 100 characters (then {@code …}), never cut
     * between the two halves of a surrogate pair, every control character and unpaired surrogate
     * written as a backslash, {@code u} and four hex digits so that the message itself is well-formed text.
     *
     * @param value the value
     * @return the value as shown
     */
    static String abbreviate(Object value) {
        String s = String.valueOf(value);
        if (s.length() > 100) {
            int end = Character.isHighSurrogate(s.charAt(99)) && Character.isLowSurrogate(s.charAt(100)) ? 99 : 100;
            s = s.substring(0, end) + "…";
        }
        return escaped(s);
    }

    private static String escaped(String s) {
        if (WellFormedTextsValidator.firstIllFormed(s) < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 12);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c >= 0x20 && c < 0x7F || c > 0x9F && !Character.isSurrogate(c)) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b.toString();
    }
}
