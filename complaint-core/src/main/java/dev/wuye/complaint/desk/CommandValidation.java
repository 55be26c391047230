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
            Object value = v.getInvalidValue();
            String shown = value == null ? null : field.startsWith("customer") ? mask(field, value) : abbreviate(value);
            list.add(DeskValidation.violation(v, shown));
        }
        list.sort(Comparator.comparing(CommandResult.FieldViolation::field)
                .thenComparing(CommandResult.FieldViolation::template));
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

    static String abbreviate(Object value) {
        String s = String.valueOf(value);
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
