package org.linkage.platform.devstack;

import java.nio.file.Path;
import java.util.function.Function;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server backends that also answer {@code hello}. Current drivers and Spring Boot's Mongo
 * health check send {@code hello}; the server only knows its legacy name {@code isMaster}.
 */
final class HelloAnsweringBackends {

    private HelloAnsweringBackends() {
    }

    static MongoBackend memory() {
        return reportingMongo5(new MemoryBackend() {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                return answer(command, name -> super.handleCommand(channel, database, name, query));
            }
        });
    }

    /** Keeps every database in one H2 MVStore file; closing the backend flushes it. */
    static MongoBackend h2(Path file) {
        return reportingMongo5(new H2Backend(file.toString()) {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                return answer(command, name -> super.handleCommand(channel, database, name, query));
            }
        });
    }

    /** Drivers 5.x refuse a server below wire version 8; the backends default to MongoDB 3.6 (6), MONGO_5_0 reports 8. */
    private static MongoBackend reportingMongo5(MongoBackend backend) {
        return backend.version(ServerVersion.MONGO_5_0);
    }

    private static Document answer(String command, Function<String, Document> handler) {
        if (!command.equalsIgnoreCase("hello")) {
            return handler.apply(command);
        }
        Document response = handler.apply("isMaster");
        response.put("isWritablePrimary", Boolean.TRUE);
        return response;
    }
}
