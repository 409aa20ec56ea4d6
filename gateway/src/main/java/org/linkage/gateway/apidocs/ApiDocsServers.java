package org.linkage.gateway.apidocs;

import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.factory.rewrite.RewriteFunction;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Points the {@code servers} of a service's OpenAPI document at the gateway ({@code /}), so that
 * Swagger UI's "Try it out" goes through the gateway, with its CORS, token check and limits, rather
 * than to the service's own address, which a browser cannot reach.
 */
@Component
public class ApiDocsServers implements RewriteFunction<String, String> {

    private final JsonMapper json;

    public ApiDocsServers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Publisher<String> apply(ServerWebExchange exchange, String body) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        if (body == null || status == null || !status.is2xxSuccessful()) {
            return Mono.justOrEmpty(body);
        }
        try {
            JsonNode document = json.readTree(body);
            if (!(document instanceof ObjectNode object)) {
                return Mono.just(body);
            }
            object.putArray("servers").addObject().put("url", "/");
            return Mono.just(json.writeValueAsString(object));
        }
        catch (JacksonException notJson) {
            return Mono.just(body);
        }
    }
}
