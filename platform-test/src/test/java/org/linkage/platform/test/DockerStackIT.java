package org.linkage.platform.test;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The checks of {@link RealStackIT} against the real images, where Docker is available; skipped elsewhere. */
@Testcontainers(disabledWithoutDocker = true)
class DockerStackIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Test
    void brokerTakesAndGivesRecords() throws Exception {
        SmokeChecks.producedRecordIsConsumed(KAFKA.getBootstrapServers());
    }

    @Test
    void storeKeepsDocuments() {
        SmokeChecks.insertedDocumentIsFound(MONGO.getConnectionString());
    }
}
