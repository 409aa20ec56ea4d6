package org.linkage.taskdispatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bench's results as Markdown: printed, so they show in the build log, and written to
 * {@code target/bench/<name>.md}, so they can be pasted into a note.
 */
final class BenchReport {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    BenchReport(String name, String title) {
        this.name = name;
        lines.add("## " + title);
        lines.add("");
    }

    BenchReport text(String paragraph) {
        lines.add(paragraph);
        lines.add("");
        return this;
    }

    BenchReport table(String... headers) {
        lines.add("| " + String.join(" | ", headers) + " |");
        lines.add("|" + "---|".repeat(headers.length));
        return this;
    }

    BenchReport row(Object... cells) {
        lines.add("| " + String.join(" | ", List.of(cells).stream().map(BenchReport::cell).toList()) + " |");
        return this;
    }

    /** Ends the current table. */
    BenchReport end() {
        lines.add("");
        return this;
    }

    /** Notes the machine the figures come from: the cores, how busy it was (other builds share it) and the heap. */
    BenchReport machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return text(String.format(Locale.ROOT, "Machine: %d cores, load average %.2f (1 min) when the bench ended, "
                        + "JVM max heap %d MB; the broker and the store run in the same JVM as the application.",
                os.getAvailableProcessors(), os.getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20));
    }

    /** Prints the report and writes it under {@code target/bench}; Failsafe runs in the module's directory. */
    void publish() {
        String markdown = String.join("\n", lines) + "\n";
        System.out.println("\n" + markdown);
        try {
            Path file = Path.of("target", "bench", name + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object value) {
        return value instanceof Double number ? String.format(Locale.ROOT, "%.1f", number) : String.valueOf(value);
    }
}
