package dev.wuye.complaint.desk;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The audit detail of an event: exactly the text of the event record's {@code toString()}, built
 * with a {@link StringBuilder} from accessors looked up once per record class. JDK 17 implements a
 * record's generated {@code toString()} with {@link String#format}, which made the audit detail one
 * of the largest costs of a desk command after validation ({@code DeskLifecycleBenchmark}).
 */
final class AuditDetail {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private AuditDetail() {
    }

    /**
     * The event's {@code toString()} text.
     *
     * @param event the event (a record; anything else is asked for its {@code toString()})
     * @return the text
     */
    static String of(Object event) {
        Shape shape = SHAPES.get(event.getClass());
        if (shape == null) {
            return String.valueOf(event);
        }
        StringBuilder sb = new StringBuilder(128).append(shape.name).append('[');
        for (int i = 0; i < shape.getters.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape.labels[i]);
            Object value;
            try {
                value = (Object) shape.getters[i].invokeExact(event);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + shape.labels[i] + " of " + shape.name, e);
            }
            if (value instanceof Instant instant) {
                appendInstant(sb, instant);
            } else {
                sb.append(value);
            }
        }
        return sb.append(']').toString();
    }

    /** The first second of the year 10000: {@link Instant#toString()} adds a sign from there on. */
    private static final long YEAR_10000 = 253_402_300_800L;

    /**
     * Appends exactly {@link Instant#toString()} ({@code 2025-03-14T14:15:00Z}, a fraction in groups
     * of three digits when there is one) without the formatter's intermediate objects; instants
     * before 1970 or after 9999 are left to {@code toString()}.
     *
     * @param sb      where to append
     * @param instant the instant
     */
    static void appendInstant(StringBuilder sb, Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            sb.append(instant);
            return;
        }
        long days = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(days);
        digits(sb, date.getYear(), 4).append('-');
        digits(sb, date.getMonthValue(), 2).append('-');
        digits(sb, date.getDayOfMonth(), 2).append('T');
        digits(sb, secondOfDay / 3600, 2).append(':');
        digits(sb, secondOfDay / 60 % 60, 2).append(':');
        digits(sb, secondOfDay % 60, 2);
        int nano = instant.getNano();
        if (nano > 0) {
            sb.append('.');
            if (nano % 1_000_000 == 0) {
                digits(sb, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(sb, nano / 1000, 6);
            } else {
                digits(sb, nano, 9);
            }
        }
        sb.append('Z');
    }

    /** Appends a non-negative number zero-padded to {@code width} digits. */
    private static StringBuilder digits(StringBuilder sb, int value, int width) {
        for (int limit = 10, i = 1; i < width; i++, limit *= 10) {
            if (value < limit) {
                sb.append('0');
            }
        }
        return sb.append(value);
    }

    /** A record class's simple name, its component labels ({@code name=}) and accessors. */
    private static final class Shape {
        final String name;
        final String[] labels;
        final MethodHandle[] getters;

        private Shape(String name, String[] labels, MethodHandle[] getters) {
            this.name = name;
            this.labels = labels;
            this.getters = getters;
        }

        /**
         * The shape of a record class, or null for anything else. Assumes the record's
         * {@code toString()} is the generated one, true of every {@code CaseEvent} (a test checks it).
         */
        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            RecordComponent[] components = type.getRecordComponents();
            String[] labels = new String[components.length];
            MethodHandle[] getters = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    labels[i] = components[i].getName() + "=";
                    getters[i] = MethodHandles.publicLookup().unreflect(components[i].getAccessor()).asType(GETTER);
                }
            } catch (IllegalAccessException e) {
                return null;
            }
            return new Shape(type.getSimpleName(), labels, getters);
        }
    }
}
