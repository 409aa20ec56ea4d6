package org.linkage.gateway.support;

import io.netty.buffer.ByteBuf;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for one Linkage service on a random port. By default it echoes what it received (as
 * JSON); some paths behave like a sick service:
 * <ul>
 *   <li>{@code /api/tasks/flaky-*}: 503 twice, then 200;</li>
 *   <li>{@code /api/appraisals/slow}: answers after {@link #SLOW};</li>
 *   <li>{@code /api/notifications/stream}: an SSE stream, one event at once and one after {@link #STREAM_PAUSE};</li>
 *   <li>everything, after {@link #hang(boolean) hang(true)}: never answers.</li>
 * </ul>
 * It can also be stopped and started again on the same port.
 */
public final class FakeService {

    public static final Duration SLOW = Duration.ofMillis(1400);
    public static final Duration STREAM_PAUSE = Duration.ofMillis(4000);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final Map<String, String> fixedJson;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> lastRequest = new ConcurrentHashMap<>();
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private volatile boolean hung;
    private volatile DisposableServer server;
    private final int port;

    private FakeService(String name, Map<String, String> fixedJson) {
        this.name = name;
        this.fixedJson = Map.copyOf(fixedJson);
        this.server = bind(0);
        this.port = server.port();
    }

    public static FakeService start(String name, Map<String, String> fixedJson) {
        return new FakeService(name, fixedJson);
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    public void hang(boolean hung) {
        this.hung = hung;
    }

    /** Closes the port and every open connection: new connections are refused. */
    public void stop() {
        server.disposeNow();
        connections.close().awaitUninterruptibly();
    }

    public void restart() {
        server = bind(port);
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** What the last request to this path carried: method, path, authorization, correlationId, traceparent, bodyBytes. */
    public Map<String, Object> lastRequest(String path) {
        return lastRequest.get(path);
    }

    private DisposableServer bind(int port) {
        return HttpServer.create().host("127.0.0.1").port(port).channelGroup(connections).handle(this::handle).bindNow();
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        String path = request.fullPath();
        int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        return request.receive().map(ByteBuf::readableBytes).reduce(0L, Long::sum).defaultIfEmpty(0L).flatMap(bodyBytes -> {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("service", name);
            seen.put("method", request.method().name());
            seen.put("path", path);
            seen.put("authorization", request.requestHeaders().get("Authorization"));
            seen.put("correlationId", request.requestHeaders().get("X-Correlation-Id"));
            seen.put("traceparent", request.requestHeaders().get("traceparent"));
            seen.put("bodyBytes", bodyBytes);
            lastRequest.put(path, seen);
            return respond(path, hit, seen, response);
        });
    }

    private Mono<Void> respond(String path, int hit, Map<String, Object> seen, HttpServerResponse response) {
        if (hung) {
            return Mono.never();
        }
        if (fixedJson.containsKey(path)) {
            return json(response, 200, fixedJson.get(path));
        }
        if (path.startsWith("/api/tasks/flaky-") && hit <= 2) {
            return json(response, 503, "{\"status\":503,\"detail\":\"busy\"}");
        }
        if (path.equals("/api/appraisals/slow")) {
            return Mono.delay(SLOW).then(json(response, 200, JSON.writeValueAsString(seen)));
        }
        if (path.equals("/api/notifications/stream")) {
            return response.header("Content-Type", "text/event-stream")
                    .sendString(Flux.concat(Mono.just("data: first\n\n"),
                            Mono.delay(STREAM_PAUSE).thenReturn("data: second\n\n"),
                            Mono.never()))
                    .then();
        }
        return json(response, 200, JSON.writeValueAsString(seen));
    }

    private static Mono<Void> json(HttpServerResponse response, int status, String body) {
        return response.status(status).header("Content-Type", "application/json").sendString(Mono.just(body)).then();
    }
}
