package org.linkage.platform.events.schema;

import org.linkage.platform.events.EventJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The checked-in schema snapshots: one {@code <ce type>.json} per event type, in the source tree. */
final class SchemaSnapshots {

    /** Relative to the module, where Maven and IDEs run tests; the source tree, so writes land in git. */
    static final Path DIRECTORY = Path.of("src/test/resources/event-schemas");

    private SchemaSnapshots() {
    }

    static Optional<JsonNode> read(String ceType) {
        Path file = file(ceType);
        return Files.exists(file) ? Optional.of(EventJson.mapper().readTree(file)) : Optional.empty();
    }

    /** Writes only when the content differs, so an unchanged snapshot is left untouched. */
    static void write(String ceType, JsonNode schema) {
        if (read(ceType).filter(schema::equals).isPresent()) {
            return;
        }
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file(ceType), EventJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(schema) + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> types() {
        if (!Files.isDirectory(DIRECTORY)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(String ceType) {
        return DIRECTORY.resolve(ceType + ".json");
    }
}
