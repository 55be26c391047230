package dev.wuye.complaint.desk;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;

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
            try {
                sb.append((Object) shape.getters[i].invokeExact(event));
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + shape.labels[i] + " of " + shape.name, e);
            }
        }
        return sb.append(']').toString();
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
