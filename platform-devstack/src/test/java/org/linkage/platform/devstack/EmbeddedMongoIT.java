package org.linkage.platform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoIT {

    @Test
    void driverConnectsOverTcpAndHelloAnswersAsWritablePrimary() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory("127.0.0.1", 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));

            assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.getInteger("maxWireVersion")).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void insertedDocumentIsFound() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory("127.0.0.1", 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> tasks = client.getDatabase("linkage").getCollection("tasks");
            tasks.insertOne(new Document("_id", "task-1").append("title", "Clear the drains"));

            assertThat(tasks.find(new Document("_id", "task-1")).first())
                    .containsEntry("title", "Clear the drains");
        }
    }

    @Test
    void h2BackedDataSurvivesARestart(@TempDir Path dir) {
        Path file = dir.resolve("data/mongo.mv");
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent("127.0.0.1", 0, file);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("linkage").getCollection("orgs").insertOne(new Document("_id", "district-1"));
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.persistent("127.0.0.1", 0, file);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("linkage").getCollection("orgs").countDocuments()).isEqualTo(1);
        }
    }
}
