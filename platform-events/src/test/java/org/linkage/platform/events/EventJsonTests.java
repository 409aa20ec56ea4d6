package org.linkage.platform.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkage.platform.events.appraisal.RankingPublished;
import org.linkage.platform.events.org.OrgSnapshot;
import org.linkage.platform.events.task.AssignmentIssued;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTests {

    static List<Class<? extends DomainEvent>> events() {
        return EventCatalog.all();
    }

    @ParameterizedTest
    @MethodSource("events")
    void roundTripKeepsEveryField(Class<? extends DomainEvent> event) {
        Record sample = SampleEvents.of(event.asSubclass(Record.class));
        String json = EventJson.write(sample);

        assertThat(EventJson.read(json, event)).isEqualTo(sample);
        assertThat(EventJson.read(json.getBytes(StandardCharsets.UTF_8), event)).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("events")
    void unknownFieldsFromANewerProducerAreIgnored(Class<? extends DomainEvent> event) {
        Record sample = SampleEvents.of(event.asSubclass(Record.class));
        ObjectNode newer = EventJson.mapper().valueToTree(sample);
        newer.put("addedLater", "x");
        newer.putObject("addedObject").put("nested", 1);
        newer.putArray("addedList").add(true);

        assertThat(EventJson.read(newer.toString(), event)).isEqualTo(sample);
    }

    @Test
    void newerFieldSetWithNewEnumValueReadsWhatThisBuildKnows() {
        String newer = """
                {"assignmentId":"a-1","rootTaskId":"t-1","parentAssignmentId":null,"issuerOrgId":"d-1",
                 "assigneeOrgId":"s-1","mode":"HYBRID","receiptDueAt":"2025-06-02T00:00:00Z",
                 "dueAt":"2025-06-09T00:00:00Z","issuedAt":"2025-06-01T08:30:00Z",
                 "weight":3,"tags":["flood"],"geo":{"lat":39.9,"lon":116.4}}
                """;

        AssignmentIssued read = EventJson.read(newer, AssignmentIssued.class);

        assertThat(read.assignmentId()).isEqualTo("a-1");
        assertThat(read.assigneeOrgId()).isEqualTo("s-1");
        assertThat(read.dueAt()).isEqualTo(Instant.parse("2025-06-09T00:00:00Z"));
        assertThat(read.mode()).as("a mode added by a newer producer").isNull();
    }

    @Test
    void unknownFieldsInsideNestedRecordsAreIgnored() {
        String newer = """
                {"rankingId":"r-1","tier":"STREET","weightsVersion":2,"entries":[
                  {"rank":1,"orgId":"s-1","score":91.5,"board":"RED","trend":"UP","delta":{"score":2.0}}]}
                """;

        RankingPublished read = EventJson.read(newer, RankingPublished.class);

        assertThat(read.entries())
                .containsExactly(new RankingPublished.Entry(1, "s-1", 91.5, RankingPublished.Board.RED));
    }

    /** Replaying events written before a field existed must not fail, primitives included. */
    @Test
    void fieldsMissingFromAnOlderProducerReadAsDefaults() {
        String older = """
                {"orgId":"c-1","districtId":"d-1","name":"Xinhua Community","retired":null}
                """;

        OrgSnapshot read = EventJson.read(older, OrgSnapshot.class);

        assertThat(read.name()).isEqualTo("Xinhua Community");
        assertThat(read.path()).isNull();
        assertThat(read.retired()).isFalse();
        assertThat(read.version()).isZero();
    }

    @Test
    void unreadableBodyIsMalformed() {
        assertThatThrownBy(() -> EventJson.read("{\"orgId\":", OrgSnapshot.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("OrgSnapshot");
        assertThatThrownBy(() -> EventJson.read("{\"version\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8),
                OrgSnapshot.class)).isInstanceOf(MalformedEventException.class);
    }
}
