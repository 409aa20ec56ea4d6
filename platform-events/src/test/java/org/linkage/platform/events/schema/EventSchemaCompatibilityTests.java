package org.linkage.platform.events.schema;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventCatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compatibility guard over every catalogued event and its checked-in schema snapshot under
 * {@code src/test/resources/event-schemas/}. To add an event or a field: change the record, then run
 * <pre>./mvnw -B -o -q -pl platform-events test -Dtest=EventSchemaCompatibilityTests -Dlinkage.schemas.write=true</pre>
 * and commit the new or changed snapshot. The write refuses (and writes nothing) if any change is breaking;
 * a breaking change is a new event version, a new record beside the old one.
 */
class EventSchemaCompatibilityTests {

    private static final String WRITE_FLAG = "linkage.schemas.write";
    private static final String HOW_TO_RECORD = "record it with -D" + WRITE_FLAG + "=true and commit "
            + SchemaSnapshots.DIRECTORY;

    @BeforeAll
    static void recordSnapshotsWhenAsked() {
        if (Boolean.getBoolean(WRITE_FLAG)) {
            assertThat(breakingChanges()).as("breaking changes; nothing was written").isEmpty();
            for (Class<? extends DomainEvent> event : EventCatalog.all()) {
                SchemaSnapshots.write(EventCatalog.typeOf(event), EventSchema.of(event));
            }
        }
    }

    @Test
    void everyCataloguedEventHasASnapshot() {
        List<String> missing = EventCatalog.all().stream().map(EventCatalog::typeOf)
                .filter(type -> SchemaSnapshots.read(type).isEmpty())
                .toList();

        assertThat(missing).as("events without a schema snapshot; " + HOW_TO_RECORD).isEmpty();
    }

    @Test
    void everyChangeSinceItsSnapshotIsAdditive() {
        assertThat(breakingChanges())
                .as("breaking changes to published events; make a new version (a new record) instead")
                .isEmpty();
    }

    /** Without this, a field added but never recorded could later be removed unnoticed. */
    @Test
    void everyAdditiveChangeIsRecorded() {
        Map<String, List<String>> breaking = breakingChanges();
        List<String> unrecorded = EventCatalog.all().stream()
                .filter(event -> !breaking.containsKey(EventCatalog.typeOf(event)))
                .filter(event -> SchemaSnapshots.read(EventCatalog.typeOf(event))
                        .filter(snapshot -> !snapshot.equals(EventSchema.of(event))).isPresent())
                .map(EventCatalog::typeOf)
                .toList();

        assertThat(unrecorded).as("additive changes not yet recorded; " + HOW_TO_RECORD).isEmpty();
    }

    /** Deleting a record (or its version) is the most breaking change of all: its snapshot says it existed. */
    @Test
    void everySnapshotBelongsToACataloguedEvent() {
        Set<String> orphans = new TreeSet<>(SchemaSnapshots.types());
        EventCatalog.all().forEach(event -> orphans.remove(EventCatalog.typeOf(event)));

        assertThat(orphans).as("snapshots of events no longer in the catalogue").isEmpty();
    }

    private static Map<String, List<String>> breakingChanges() {
        Map<String, List<String>> breaking = new LinkedHashMap<>();
        for (Class<? extends DomainEvent> event : EventCatalog.all()) {
            String type = EventCatalog.typeOf(event);
            SchemaSnapshots.read(type)
                    .map(snapshot -> SchemaCompatibility.breakingChanges(snapshot, EventSchema.of(event)))
                    .filter(problems -> !problems.isEmpty())
                    .ifPresent(problems -> breaking.put(type, problems));
        }
        return breaking;
    }
}
