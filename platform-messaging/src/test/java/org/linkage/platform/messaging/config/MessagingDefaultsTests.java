package org.linkage.platform.messaging.config;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MessagingDefaultsTests {

    @Test
    void everyGroupedBindingGetsADeadLetterTopicNamedByConvention() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("app", Map.of(
                "spring.cloud.stream.bindings.orgEvents-in-0.destination", "linkage.org.events",
                "spring.cloud.stream.bindings.orgEvents-in-0.group", "task-dispatch",
                "spring.cloud.stream.bindings.anonymous-in-0.destination", "linkage.task.events")));

        new MessagingDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.orgEvents-in-0.consumer.dlq-name"))
                .isEqualTo("linkage.org.events.task-dispatch.dlq");
        assertThat(environment.containsProperty("spring.cloud.stream.kafka.bindings.anonymous-in-0.consumer.dlq-name"))
                .isFalse();
    }

    @Test
    void anExplicitDeadLetterNameWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("app", Map.of(
                "spring.cloud.stream.bindings.x-in-0.destination", "t",
                "spring.cloud.stream.bindings.x-in-0.group", "g",
                "spring.cloud.stream.kafka.bindings.x-in-0.consumer.dlq-name", "custom")));

        new MessagingDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.x-in-0.consumer.dlq-name")).isEqualTo("custom");
    }

    @Test
    void malformedEventsAreNotRetriedAndLivenessIgnoresTheBackends() {
        StandardEnvironment environment = new StandardEnvironment();

        new MessagingDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(
                "spring.cloud.stream.default.consumer.retryable-exceptions[org.linkage.platform.events.MalformedEventException]"))
                .isEqualTo("false");
        assertThat(environment.getProperty("management.endpoint.health.group.liveness.include")).doesNotContain("mongo", "kafka");
    }
}
