package org.linkage.platform.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@link DevStack#main} in a child JVM, as a developer runs it: configured by environment, stopped by SIGTERM. */
final class DevStackProcess {

    private static final String READY = "DEVSTACK READY ";

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<String> readyLine = new CompletableFuture<>();

    private DevStackProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "devstack-output");
        reader.setDaemon(true);
        reader.start();
    }

    static DevStackProcess start(Map<String, String> environment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                java, "-cp", System.getProperty("java.class.path"), DevStack.class.getName()));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        return new DevStackProcess(builder.start());
    }

    /** The {@code DEVSTACK READY ...} line; fails with everything the process printed if it does not come. */
    String awaitReady() throws Exception {
        try {
            return readyLine.get(90, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no READY line within 90 s; output:\n" + output, e);
        }
    }

    /** Sends SIGTERM and returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("dev stack ignored SIGTERM for 60 s; output:\n" + output);
        }
        return process.exitValue();
    }

    String output() {
        return output.toString();
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith(READY)) {
                    readyLine.complete(line);
                }
            }
        } catch (IOException e) {
            output.append("(output unreadable: ").append(e).append(")\n");
        }
        readyLine.completeExceptionally(new AssertionError("dev stack exited before READY; output:\n" + output));
    }
}
