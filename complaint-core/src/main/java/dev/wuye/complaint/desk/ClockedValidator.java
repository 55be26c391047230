package dev.wuye.complaint.desk;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A validator of a shared factory that judges {@code @PastOrPresent} and {@link InDeskWindow} by one
 * desk's clock and {@link InputWindow}.
 *
 * <p>The shared factory's clock is {@link #CALLER}, which reads the clock of the validation running
 * on the current thread; every call here sets it around the call. So each validator keeps its own
 * clock while the validators use the factory's default context: Hibernate Validator then keeps one
 * initialised constraint validator per constraint, instead of looking one up in its cache for every
 * constraint of every call, as it does for a validator with a clock of its own
 * ({@code usingContext().clockProvider(..)}) — the largest cost of validating a command.
 */
final class ClockedValidator implements Validator {

    /**
     * The clock of the validation running on this thread; {@code null} outside one (set back to
     * {@code null} rather than removed: a removed value is made anew by the next {@code get()}).
     */
    private static final ThreadLocal<Judge> CURRENT = new ThreadLocal<>();

    /** The shared factories' clock: the running validation's clock, else the system clock (UTC). */
    static final Clock CALLER = new CallerClock();

    private final Validator validator;
    private final Judge clock;

    ClockedValidator(Validator validator, Clock clock, ZoneId zone, InputWindow window) {
        this.validator = validator;
        this.clock = new Judge(clock, zone, window);
    }

    /**
     * The clock, zone and window of the validation running on the current thread; outside one (a
     * host's own validator) the system clock in UTC and {@link InputWindow#DEFAULT}.
     */
    static Judge judge() {
        Judge j = CURRENT.get();
        return j != null ? j : Judge.OUTSIDE;
    }

    /**
     * What one desk judges instants by.
     *
     * @param clock    the desk's clock
     * @param zone     the desk's zone (dates of the window)
     * @param window   the window
     * @param earliest the window's earliest date as an instant (its start of day in the zone)
     */
    record Judge(Clock clock, ZoneId zone, InputWindow window, Instant earliest) {

        static final Judge OUTSIDE = new Judge(Clock.systemUTC(), ZoneOffset.UTC, InputWindow.DEFAULT);

        Judge(Clock clock, ZoneId zone, InputWindow window) {
            this(clock, zone, window, window.earliest().atStartOfDay(zone).toInstant());
        }
    }

    private <T> T judged(Supplier<T> call) {
        Judge outer = CURRENT.get();
        CURRENT.set(clock);
        try {
            return call.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
        Judge outer = CURRENT.get();
        CURRENT.set(clock);
        try {
            return validator.validate(object, groups);
        } finally {
            CURRENT.set(outer);
        }
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
        return judged(() -> validator.validateProperty(object, propertyName, groups));
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
                                                         Class<?>... groups) {
        return judged(() -> validator.validateValue(beanType, propertyName, value, groups));
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
        return validator.getConstraintsForClass(clazz);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return type.isInstance(this) ? type.cast(this) : validator.unwrap(type);
    }

    @Override
    public ExecutableValidator forExecutables() {
        ExecutableValidator executables = validator.forExecutables();
        return new ExecutableValidator() {
            @Override
            public <T> Set<ConstraintViolation<T>> validateParameters(T object, Method method, Object[] parameterValues,
                                                                      Class<?>... groups) {
                return judged(() -> executables.validateParameters(object, method, parameterValues, groups));
            }

            @Override
            public <T> Set<ConstraintViolation<T>> validateReturnValue(T object, Method method, Object returnValue,
                                                                       Class<?>... groups) {
                return judged(() -> executables.validateReturnValue(object, method, returnValue, groups));
            }

            @Override
            public <T> Set<ConstraintViolation<T>> validateConstructorParameters(Constructor<? extends T> constructor,
                                                                                 Object[] parameterValues,
                                                                                 Class<?>... groups) {
                return judged(() -> executables.validateConstructorParameters(constructor, parameterValues, groups));
            }

            @Override
            public <T> Set<ConstraintViolation<T>> validateConstructorReturnValue(Constructor<? extends T> constructor,
                                                                                  T createdObject, Class<?>... groups) {
                return judged(() -> executables.validateConstructorReturnValue(constructor, createdObject, groups));
            }
        };
    }

    /** The clock of the validation running on the current thread (the system clock, UTC, outside one). */
    private static final class CallerClock extends Clock {

        private static Clock current() {
            Judge c = CURRENT.get();
            return c != null ? c.clock() : Clock.systemUTC();
        }

        @Override
        public ZoneId getZone() {
            return current().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return current().withZone(zone);
        }

        @Override
        public Instant instant() {
            return current().instant();
        }

        @Override
        public long millis() {
            return current().millis();
        }
    }
}
