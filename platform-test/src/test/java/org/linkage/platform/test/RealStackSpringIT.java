package org.linkage.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.mongodb.reactivestreams.client.MongoClient;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.health.MongoReactiveHealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** A Spring Boot application whose test class says only {@code @WithRealStack}. */
@SpringBootTest(
        classes = RealStackSpringIT.Application.class,
        properties = {"spring.kafka.bootstrap-servers=localhost:1", "spring.mongodb.uri=mongodb://localhost:1/wrong"})
@WithRealStack
class RealStackSpringIT {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }

    @Autowired
    private Environment environment;

    @Autowired
    private KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    private ReactiveMongoTemplate mongoTemplate;

    @Autowired
    private MongoClient mongoClient;

    @Test
    void realStackPropertiesWinOverTheApplicationsOwn() {
        RealStack stack = RealStack.get();

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(stack.bootstrapServers());
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.brokers")).isEqualTo(stack.bootstrapServers());
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo(stack.mongoUri("RealStackSpringIT"));
    }

    @Test
    void kafkaTemplateSendsToTheBroker() throws Exception {
        String topic = "spring-" + UUID.randomUUID();

        kafkaTemplate.send(topic, "task-1", "issued").get();

        assertThat(SmokeChecks.consume(RealStack.get().bootstrapServers(), topic, 1))
                .singleElement()
                .satisfies(record -> assertThat(record.value()).isEqualTo("issued"));
    }

    @Test
    void mongoTemplateWritesToTheDatabaseNamedAfterTheTestClass() {
        mongoTemplate.insert(new Document("_id", "task-1"), "tasks").block();

        assertThat(mongoTemplate.getMongoDatabase().block().getName()).isEqualTo("RealStackSpringIT");
        assertThat(mongoTemplate.findById("task-1", Document.class, "tasks").block()).isNotNull();
    }

    @Test
    void bootsMongoHealthCheckIsUp() {
        assertThat(new MongoReactiveHealthIndicator(mongoClient).health().block().getStatus()).isEqualTo(Status.UP);
    }
}
