package org.linkage.platform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB wire-protocol server (mongo-java-server) inside this JVM, reached over TCP at
 * {@link #connectionString()} by the real MongoDB drivers.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongo(MongoServer server, String connectionString) {
        this.server = server;
        this.connectionString = connectionString;
    }

    /** Keeps data in memory only, for tests. Port 0 picks a free port. */
    public static EmbeddedMongo inMemory(String host, int port) {
        return start(HelloAnsweringBackends.memory(), host, port);
    }

    /** Keeps data in an H2 file that survives restarts, for the dev stack. Port 0 picks a free port. */
    public static EmbeddedMongo persistent(String host, int port, Path file) {
        createParentDirectories(file);
        return start(HelloAnsweringBackends.h2(file.toAbsolutePath()), host, port);
    }

    private static EmbeddedMongo start(MongoBackend backend, String host, int port) {
        StackLoggers.quietUnlessConfigured();
        MongoServer server = new MongoServer(backend);
        server.bind(host, port); // on failure it shuts itself down, closing the backend and its file
        return new EmbeddedMongo(server, "mongodb://" + host + ":" + server.getLocalAddress().getPort());
    }

    private static void createParentDirectories(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code mongodb://host:port}, without a database. */
    public String connectionString() {
        return connectionString;
    }

    /** Stops listening and closes the backend, which flushes an H2 file. */
    @Override
    public void close() {
        server.shutdown();
    }
}
