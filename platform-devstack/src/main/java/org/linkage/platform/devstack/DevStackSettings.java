package org.linkage.platform.devstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the dev stack listens and keeps its data. Each setting is read from a system property, else
 * the environment variable of the same name, else its default:
 * <ul>
 *   <li>{@code LINKAGE_DATA_DIR}, default {@code .linkage/data} under the working directory</li>
 *   <li>{@code LINKAGE_KAFKA_PORT}, default 9092</li>
 *   <li>{@code LINKAGE_KAFKA_CONTROLLER_PORT}, default 9093</li>
 *   <li>{@code LINKAGE_MONGO_PORT}, default 27017</li>
 * </ul>
 * A port of 0 picks a free one.
 */
public record DevStackSettings(Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort) {

    public static final String HOST = "127.0.0.1";

    public static DevStackSettings fromEnvironment() {
        return from(System.getProperties(), System.getenv());
    }

    static DevStackSettings from(Properties systemProperties, Map<String, String> environment) {
        Lookup lookup = new Lookup(systemProperties, environment);
        return new DevStackSettings(
                Path.of(lookup.get("LINKAGE_DATA_DIR", ".linkage/data")),
                Integer.parseInt(lookup.get("LINKAGE_KAFKA_PORT", "9092")),
                Integer.parseInt(lookup.get("LINKAGE_KAFKA_CONTROLLER_PORT", "9093")),
                Integer.parseInt(lookup.get("LINKAGE_MONGO_PORT", "27017")));
    }

    /** Kafka's log directory. */
    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    /** The H2 file that holds every Mongo database. */
    public Path mongoFile() {
        return dataDir.resolve("mongo.mv");
    }

    private record Lookup(Properties systemProperties, Map<String, String> environment) {

        String get(String name, String defaultValue) {
            String value = systemProperties.getProperty(name, environment.get(name));
            return value == null || value.isBlank() ? defaultValue : value.trim();
        }
    }
}
