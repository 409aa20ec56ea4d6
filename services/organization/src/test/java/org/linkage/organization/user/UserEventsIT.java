package org.linkage.organization.user;

import org.linkage.platform.test.KafkaWire;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.EventJson;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.org.UserCreated;
import org.linkage.platform.events.org.UserDisabled;
import org.linkage.platform.events.org.UserSnapshot;
import org.linkage.platform.test.WithRealStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** User changes reach Kafka as CloudEvents, read back with a plain consumer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@WithRealStack(database = "organization-auth")
class UserEventsIT {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void creatingAUserPublishesTheChangeByDistrictAndTheSnapshotByUser() {
        TestTree tree = TestTree.insert(mongo);
        TestLogins logins = new TestLogins(http);
        String username = TestLogins.username("zhou.min");
        String id = (String) logins.created(logins.adminToken(), TestLogins.newUser(username, tree.gridA(), "GRID_SUPERVISOR")).get("id");

        ConsumerRecord<String, byte[]> change = single(Topics.ORG_EVENTS, id, tree.district());
        assertCloudEvent(change, "linkage.org.UserCreated.v1", id);
        UserCreated created = EventJson.read(change.value(), UserCreated.class);
        assertThat(created.username()).isEqualTo(username);
        assertThat(created.districtId()).isEqualTo(tree.district());
        assertThat(created.orgId()).isEqualTo(tree.gridA());
        assertThat(created.roles()).containsExactly("GRID_SUPERVISOR");
        assertThat(created.createdBy()).isEqualTo("user-admin");

        ConsumerRecord<String, byte[]> state = single(Topics.ORG_SNAPSHOTS, id, id);
        assertCloudEvent(state, "linkage.org.UserSnapshot.v1", id);
        UserSnapshot snapshot = EventJson.read(state.value(), UserSnapshot.class);
        assertThat(snapshot.version()).isZero();
        assertThat(snapshot.disabled()).isFalse();
        assertThat(new String(state.value())).doesNotContain("password");

        Document stored = mongo.findById(id, Document.class, User.COLLECTION).block();
        assertThat(stored.getList("outbox", Document.class)).as("published events leave the outbox").isEmpty();
    }

    @Test
    void disablingAUserPublishesTheChangeAndANewerSnapshot() {
        TestTree tree = TestTree.insert(mongo);
        TestLogins logins = new TestLogins(http);
        String admin = logins.adminToken();
        String id = (String) logins.created(admin,
                TestLogins.newUser(TestLogins.username("sun.li"), tree.streetB(), "STREET_OFFICER")).get("id");

        http.post().uri("/api/users/{id}/disable", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .bodyValue(Map.of("reason", "退休")).exchange().expectStatus().isOk();

        List<ConsumerRecord<String, byte[]>> changes = records(Topics.ORG_EVENTS, id, tree.district(), 2);
        assertThat(changes).extracting(record -> KafkaWire.header(record, CloudEventHeaders.TYPE))
                .containsExactly("linkage.org.UserCreated.v1", "linkage.org.UserDisabled.v1");
        UserDisabled disabled = EventJson.read(changes.get(1).value(), UserDisabled.class);
        assertThat(disabled.reason()).isEqualTo("退休");
        assertThat(disabled.disabledBy()).isEqualTo("user-admin");

        List<UserSnapshot> snapshots = records(Topics.ORG_SNAPSHOTS, id, id, 2).stream()
                .map(record -> EventJson.read(record.value(), UserSnapshot.class))
                .sorted(Comparator.comparingLong(UserSnapshot::version)).toList();
        assertThat(snapshots).extracting(UserSnapshot::version).containsExactly(0L, 1L);
        assertThat(snapshots.get(1).disabled()).isTrue();
    }

    @Test
    void theBootstrapAdministratorIsPublishedUnderThePlatformKey() {
        List<ConsumerRecord<String, byte[]>> records = KafkaWire.records(Topics.ORG_EVENTS,
                record -> "user-admin".equals(KafkaWire.header(record, CloudEventHeaders.SUBJECT)), 1, WAIT);

        assertThat(records).isNotEmpty().allSatisfy(record -> {
            assertThat(record.key()).isEqualTo("platform");
            assertThat(KafkaWire.header(record, CloudEventHeaders.TYPE)).isEqualTo("linkage.org.UserCreated.v1");
        });
    }

    private static ConsumerRecord<String, byte[]> single(String topic, String userId, String key) {
        List<ConsumerRecord<String, byte[]>> found = records(topic, userId, key, 1);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** The user's records on the topic, in partition order; all must carry the expected key. */
    private static List<ConsumerRecord<String, byte[]>> records(String topic, String userId, String key, int expected) {
        List<ConsumerRecord<String, byte[]>> found = KafkaWire.records(topic,
                record -> userId.equals(KafkaWire.header(record, CloudEventHeaders.SUBJECT)), expected, WAIT);
        assertThat(found).hasSize(expected).allSatisfy(record -> assertThat(record.key()).isEqualTo(key));
        return found;
    }

    private static void assertCloudEvent(ConsumerRecord<String, byte[]> record, String type, String subject) {
        assertThat(KafkaWire.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaWire.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaWire.header(record, CloudEventHeaders.TYPE)).isEqualTo(type);
        assertThat(KafkaWire.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/linkage/organization");
        assertThat(KafkaWire.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(subject);
        assertThat(Instant.parse(KafkaWire.header(record, CloudEventHeaders.TIME))).isBefore(Instant.now().plusSeconds(1));
        assertThat(KafkaWire.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }
}
