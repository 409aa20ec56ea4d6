package org.linkage.platform.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event type Linkage exchanges, read from {@link AllEvents}. Adding an event means listing its
 * record there; the schema guard (EventSchemaCompatibilityTests) then demands a checked-in snapshot for it.
 */
public final class EventCatalog {

    private static final Map<String, Class<? extends DomainEvent>> BY_TYPE;

    static {
        Map<String, Class<? extends DomainEvent>> byType = new LinkedHashMap<>();
        for (Class<? extends DomainEvent> type : AllEvents.TYPES) {
            String name = typeOf(type);
            if (byType.put(name, type) != null) {
                throw new IllegalStateException("event type declared twice: " + name);
            }
        }
        BY_TYPE = Collections.unmodifiableMap(byType);
    }

    private EventCatalog() {
    }

    /** Every registered event class, in declaration order. */
    public static List<Class<? extends DomainEvent>> all() {
        return List.copyOf(BY_TYPE.values());
    }

    /** The versioned CloudEvents type of an event class, e.g. {@code linkage.task.TaskIssued.v1}. */
    public static String typeOf(Class<? extends DomainEvent> type) {
        return annotation(type).name() + ".v" + annotation(type).version();
    }

    public static String topicOf(Class<? extends DomainEvent> type) {
        return annotation(type).topic();
    }

    /** Empty for a type this build does not know (a newer producer): consumers skip it. */
    public static Optional<Class<? extends DomainEvent>> classOf(String ceType) {
        return Optional.ofNullable(BY_TYPE.get(ceType));
    }

    private static EventType annotation(Class<?> type) {
        EventType annotation = type.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated with @EventType");
        }
        return annotation;
    }
}
