package org.linkage.platform.messaging.outbox;

import org.junit.jupiter.api.Test;
import org.linkage.platform.messaging.testapp.Handled;
import org.linkage.platform.messaging.testapp.MessagingIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** One trace id from the HTTP request, through the outbox and Kafka, to the consumer's handler. */
@MessagingIntegrationTest
@AutoConfigureWebTestClient
class TracePropagationIT {

    @Autowired
    WebTestClient http;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void theConsumerRunsInTheTraceOfTheRequestThatCausedTheEvent() {
        String traceId = randomHex(16);
        String id = "traced-" + UUID.randomUUID();

        http.post().uri("/notes")
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .bodyValue(Map.of("id", id, "text", "traced"))
                .exchange().expectStatus().isCreated();

        assertThat(Handled.settle(mongo, id).traceId()).isEqualTo(traceId);
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
