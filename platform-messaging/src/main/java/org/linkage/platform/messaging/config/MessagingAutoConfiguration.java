package org.linkage.platform.messaging.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.linkage.platform.messaging.consumer.EventConsumers;
import org.linkage.platform.messaging.inbox.Inbox;
import org.linkage.platform.messaging.inbox.InboxPurger;
import org.linkage.platform.messaging.intent.IntentApplier;
import org.linkage.platform.messaging.intent.IntentSweeper;
import org.linkage.platform.messaging.intent.Intents;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.outbox.OutboxConverters;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.linkage.platform.messaging.outbox.OutboxSweeper;
import org.linkage.platform.messaging.outbox.TraceContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Outbox, relay, inbox and intents for every Linkage service. */
@AutoConfiguration(
        beforeName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties({MessagingProperties.class, KafkaProperties.class})
@EnableScheduling
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Lets aggregates hold {@code List<EventEnvelope> outbox}; a service adding converters declares its own. */
    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(OutboxConverters.all());
    }

    @Bean
    TraceContext traceContext(ObjectProvider<Tracer> tracer) {
        return new TraceContext(tracer.getIfAvailable());
    }

    @Bean
    Outbox outbox(MessagingProperties properties, Environment environment, Clock clock, TraceContext traceContext) {
        String source = properties.source() != null ? properties.source()
                : "/linkage/" + environment.getProperty("spring.application.name", "unnamed");
        return new Outbox(source, clock, traceContext);
    }

    /** Idempotent, acks=all: a completed send is on the broker exactly once per producer session. */
    @Bean
    KafkaTemplate<String, byte[]> outboxKafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    EventPublisher eventPublisher(KafkaTemplate<String, byte[]> outboxKafkaTemplate) {
        return new EventPublisher(outboxKafkaTemplate);
    }

    @Bean
    OutboxRelay outboxRelay(ReactiveMongoTemplate mongo, EventPublisher publisher, Clock clock, MeterRegistry meters) {
        return new OutboxRelay(mongo, publisher, clock, meters);
    }

    @Bean
    OutboxSweeper outboxSweeper(ReactiveMongoTemplate mongo, OutboxRelay relay, MessagingProperties properties,
                                Clock clock, MeterRegistry meters) {
        var collections = new java.util.ArrayList<>(properties.outbox().collections());
        collections.add(Intents.COLLECTION);
        var outbox = new MessagingProperties.Outbox(collections, properties.outbox().sweepInterval(), properties.outbox().minAge());
        return new OutboxSweeper(mongo, relay, outbox, clock, meters);
    }

    @Bean
    Inbox inbox(ReactiveMongoTemplate mongo, Clock clock) {
        return new Inbox(mongo, clock);
    }

    @Bean
    InboxPurger inboxPurger(ReactiveMongoTemplate mongo, MessagingProperties properties, Clock clock) {
        return new InboxPurger(mongo, properties.inbox(), clock);
    }

    @Bean
    EventConsumers eventConsumers(Inbox inbox, MeterRegistry meters) {
        return new EventConsumers(inbox, Duration.ofSeconds(30), meters);
    }

    @Bean
    Intents intents(ReactiveMongoTemplate mongo, OutboxRelay relay, Clock clock, ObjectProvider<IntentApplier<?>> appliers) {
        return new Intents(mongo, relay, clock, appliers.orderedStream().toList());
    }

    @Bean
    IntentSweeper intentSweeper(Intents intents, MessagingProperties properties) {
        return new IntentSweeper(intents, properties.intents());
    }
}
