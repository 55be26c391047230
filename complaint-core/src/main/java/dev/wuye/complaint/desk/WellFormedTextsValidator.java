package dev.wuye.complaint.desk;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Judges {@link WellFormedTexts}: walks the record's components (and those of the records it holds,
 * to a depth of four) through accessors looked up once per class, and scans each text once.
 */
public final class WellFormedTextsValidator implements ConstraintValidator<WellFormedTexts, Object> {

    private static final int MAX_DEPTH = 4;

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            return components(type);
        }
    };

    /** Creates the validator (Hibernate Validator instantiates it). */
    public WellFormedTextsValidator() {
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null || !value.getClass().isRecord()) {
            return true;
        }
        return walk(value, new ArrayList<>(MAX_DEPTH), context, 0);
    }

    private static boolean walk(Object record, List<String> path, ConstraintValidatorContext context, int depth) {
        boolean valid = true;
        for (Component c : COMPONENTS.get(record.getClass())) {
            Object v = c.get(record);
            if (v == null) {
                continue;
            }
            if (v instanceof String text) {
                valid &= judge(text, c.requiredNotBlank, path, c.name, -1, context);
            } else if (v instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    if (item instanceof String text) {
                        valid &= judge(text, false, path, c.name, i, context);
                    }
                    i++;
                }
            } else if (depth < MAX_DEPTH && v.getClass().isRecord()) {
                path.add(c.name);
                valid &= walk(v, path, context, depth + 1);
                path.remove(path.size() - 1);
            }
        }
        return valid;
    }

    /** Judges one text: component {@code name} of the record at {@code path}, item {@code index} of it unless -1. */
    private static boolean judge(String text, boolean requiredNotBlank, List<String> path, String component,
                                 int index, ConstraintValidatorContext context) {
        int bad = firstIllFormed(text);
        // Blank is refused here unless the component's own @NotBlank refuses it already (one message, not two).
        boolean blank = bad < 0 && isBlank(text) && !(requiredNotBlank && (text.isBlank() || text.trim().isEmpty()));
        if (bad < 0 && !blank) {
            return true;
        }
        // The field's name and dotted path only for a refused text: most texts pass, and a command has a dozen.
        String name = index < 0 ? component : component + "[" + index + "]";
        String field = path.isEmpty() ? name : String.join(".", path) + "." + name;
        String template;
        Map<String, String> args;
        if (bad >= 0) {
            char c = text.charAt(bad);
            template = Character.isSurrogate(c) ? "{wuye.text.surrogate}" : "{wuye.text.control}";
            args = Map.of("field", field, "character", String.format("U+%04X", (int) c), "position",
                    Integer.toString(bad + 1));
        } else {
            template = field.equals("customer.name") ? "{wuye.customer.name.blank}" : "{wuye.text.blank}";
            args = Map.of("field", field);
        }
        String[] nodes = path.toArray(new String[path.size() + 1]);
        nodes[path.size()] = name;
        ViolationDetail.report(context, template, new ViolationDetail(text, args), nodes);
        return false;
    }

    /**
     * The index of a text's first character that no receiver writes: a control character (C0 but tab
     * and line feed, a carriage return not before a line feed, DEL, C1) or an unpaired surrogate.
     *
     * @param s the text
     * @return the index, or -1 when the text is well formed
     */
    static int firstIllFormed(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c < 0x20) {
                if (c == '\t' || c == '\n' || c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    continue;
                }
                return i;
            }
            if (c <= 0x9F) {
                return i;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a text is blank: empty, or white space only, Unicode space separators (no-break space,
     * ideographic space U+3000) included.
     *
     * @param s the text
     * @return whether it is blank
     */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static Component[] components(Class<?> type) {
        if (!type.isRecord()) {
            return new Component[0];
        }
        RecordComponent[] rcs = type.getRecordComponents();
        List<Component> list = new ArrayList<>(rcs.length);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent rc : rcs) {
            Class<?> t = rc.getType();
            if (t.isPrimitive() || t.isEnum() || !(t == String.class || t.isRecord() || Collection.class.isAssignableFrom(t))) {
                continue;
            }
            try {
                MethodHandle h = lookup.unreflect(rc.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
                list.add(new Component(rc.getName(), h, rc.getAccessor().isAnnotationPresent(NotBlank.class)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("the text check cannot read " + type.getName() + "." + rc.getName()
                        + ": a command record and the records it holds must be public", e);
            }
        }
        return list.toArray(new Component[0]);
    }

    /** One component: its name, its accessor, whether its own {@code @NotBlank} refuses a blank value. */
    private record Component(String name, MethodHandle accessor, boolean requiredNotBlank) {
        Object get(Object record) {
            try {
                return accessor.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
