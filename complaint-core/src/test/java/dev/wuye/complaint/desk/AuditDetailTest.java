package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.CaseId;
import dev.wuye.complaint.spi.AuditEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail's detail and roles text, built fast, are the same text as before. */
class AuditDetailTest extends DeskScenario {

    @Test
    @DisplayName("the audit detail of every kind of event is exactly the event's toString()")
    void detailIsTheEventsToString() throws Exception {
        Class<?>[] kinds = CaseEvent.class.getPermittedSubclasses();
        assertThat(kinds).hasSizeGreaterThan(20);
        int seed = 0;
        for (Class<?> kind : kinds) {
            for (boolean nulls : new boolean[] {false, true}) {
                Object event = sample(kind, ++seed, nulls);
                assertThat(AuditDetail.of(event)).as("%s", kind.getSimpleName()).isEqualTo(event.toString());
            }
        }
    }

    @Test
    @DisplayName("an instant in the audit detail is exactly Instant.toString(): fractions, midnight, 1970, 9999 and beyond")
    void instantTextIsInstantToString() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        List<Instant> instants = new java.util.ArrayList<>(List.of(Instant.EPOCH, Instant.ofEpochSecond(0, 1),
                Instant.ofEpochSecond(59, 120_000_000), Instant.ofEpochSecond(1_741_961_700L, 123_456_000),
                Instant.ofEpochSecond(1_741_961_700L, 123_456_789), Instant.ofEpochSecond(1_741_910_400L),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.ofEpochSecond(-1), Instant.MIN, Instant.MAX));
        for (int i = 0; i < 10_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 300_000_000_000L), nano));
        }
        for (Instant instant : instants) {
            StringBuilder sb = new StringBuilder();
            AuditDetail.appendInstant(sb, instant);
            assertThat(sb.toString()).isEqualTo(instant.toString());
        }
    }

    @Test
    @DisplayName("the desk's audit entries carry each accepted command's event text and the actor's sorted roles")
    void deskWritesEventTextAndSortedRoles() {
        String id = awaitingFollowUp(dev.wuye.complaint.cases.FollowUpMethod.PHONE);
        CommandResult.Accepted followedUp = accept(followUp(id, dev.wuye.complaint.cases.FollowUpMethod.PHONE, true));

        List<AuditEntry> trail = desk.auditTrail(id);
        AuditEntry last = trail.get(trail.size() - 1);
        assertThat(last.detail()).isEqualTo(followedUp.events().get(0).toString());
        AuditEntry complete = trail.stream().filter(e -> e.command().equals("Complete")).findFirst().orElseThrow();
        assertThat(complete.actorRoles()).isEqualTo(sortedByDeclaration(HEAD.roles()));
    }

    @Test
    @DisplayName("the roles code lists the roles in declaration order, comma-separated, skipping nulls")
    void rolesCode() {
        Set<Role> backwards = new LinkedHashSet<>();
        List<Role> all = Arrays.asList(Role.values());
        Collections.reverse(all);
        backwards.addAll(all);
        backwards.add(null);
        Actor everyone = new Actor("x", backwards, "C01");
        assertThat(everyone.rolesCode()).isEqualTo(sortedByDeclaration(EnumSet.allOf(Role.class)));
        assertThat(everyone.rolesCode().split(",")).hasSize(Role.values().length);
        assertThat(new Actor("x", null, "C01").rolesCode()).isEmpty();
        assertThat(new Actor("x", Set.of(), "C01").rolesCode()).isEmpty();
    }

    private static String sortedByDeclaration(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    /** An instance of an event record with a value of the right type in every component. */
    private static Object sample(Class<?> kind, int seed, boolean nulls) throws Exception {
        RecordComponent[] components = kind.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(types[i], seed + i, nulls && i > 0);
        }
        Constructor<?> canonical = kind.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }

    private static Object value(Class<?> type, int seed, boolean asNull) {
        if (type == boolean.class) {
            return seed % 2 == 0;
        } else if (type == int.class) {
            return seed;
        } else if (type == long.class) {
            return (long) seed;
        } else if (type == List.class) {
            return asNull ? List.of() : List.of("hd-" + seed, "hd-" + (seed + 1));
        } else if (asNull) {
            return null;
        } else if (type == String.class) {
            return "文本-" + seed;
        } else if (type == Instant.class) {
            return Instant.ofEpochSecond(1_741_572_000L + seed * 3_601L);
        } else if (type == CaseId.class) {
            return new CaseId("CASE" + seed);
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[seed % constants.length];
        }
        throw new IllegalArgumentException("no sample value for " + type);
    }
}
