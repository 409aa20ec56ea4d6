package org.linkage.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service started the way a user runs it: {@code java -jar} on its packaged jar, its own JVM,
 * configured by arguments, logging to {@code e2e/target/e2e-logs/<name>.log}.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final int port;
    private final ProcessBuilder builder;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, int port, ProcessBuilder builder, Path log) {
        this.name = name;
        this.port = port;
        this.builder = builder;
        this.log = log;
    }

    /** Starts {@code <module>/target/<artifact>-<version>.jar} and waits until it reports ready. */
    public static ServiceProcess start(String name, String module, int port, Map<String, String> properties,
                                       Map<String, String> environment) throws IOException {
        Path root = Path.of(System.getProperty("linkage.root", ".."));
        Path jar = root.resolve(module).resolve("target")
                .resolve(Path.of(module).getFileName() + "-" + System.getProperty("linkage.version") + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built: run the e2e tests through the reactor (./mvnw verify)");
        }
        Path logs = Path.of("target", "e2e-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.deleteIfExists(log);
        ServiceProcess service = new ServiceProcess(name, port, builder, log);
        Instant started = Instant.now();
        service.process = builder.start();
        service.awaitReady();
        System.out.printf("e2e: %s ready in %d s%n", name, Duration.between(started, Instant.now()).toSeconds());
        return service;
    }

    /**
     * A crash and a restart: SIGKILL (no shutdown hook, no graceful stop, whatever was in flight is
     * lost), then the same command on the same port, appending to the same log, until it is ready again.
     *
     * @return how long the service was away
     */
    public synchronized Duration crashAndRestart() throws IOException, InterruptedException {
        Instant killed = Instant.now();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL for 30 s");
        }
        Files.writeString(log, "%n==== e2e: killed with SIGKILL at %s, restarting ====%n".formatted(Instant.now()),
                StandardOpenOption.APPEND);
        process = builder.start();
        awaitReady();
        return Duration.between(killed, Instant.now());
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGSTOP: the JVM keeps its sockets open but answers nothing, like a hung service. */
    public void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    public void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill " + signal + " " + process.pid() + " exited " + exit);
        }
    }

    private void awaitReady() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException(name + " not ready after " + READY_TIMEOUT + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public synchronized void close() {
        if (process.isAlive()) {
            try {
                thaw();
            } catch (IOException | InterruptedException | IllegalStateException ignored) {
                // it may already be gone
            }
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
