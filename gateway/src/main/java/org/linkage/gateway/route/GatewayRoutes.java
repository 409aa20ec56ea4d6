package org.linkage.gateway.route;

import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.linkage.gateway.apidocs.ApiDocsServers;
import org.linkage.gateway.ratelimit.RateLimits;
import org.linkage.gateway.requestsize.RequestSizeLimits;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.util.Map;

/**
 * Which paths go to which service. The narrow routes (order -1) come before their service's
 * catch-all because they differ in limits or guards.
 */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

    @Bean
    RouteLocator linkageRoutes(RouteLocatorBuilder builder, ServiceProperties services, ResilienceProperties resilience,
                               TimeLimiterRegistry timeLimiters, RateLimits rateLimits, RequestSizeLimits sizes,
                               ApiDocsServers apiDocsServers) {
        Map<String, URI> byName = services.byName();
        TimeLimitCheck.require(timeLimiters, byName.keySet(), resilience.responseTimeout());
        RouteGuards guards = new RouteGuards(resilience);
        URI organization = services.organization().uri();
        URI notification = services.notification().uri();

        RouteLocatorBuilder.Builder routes = builder.routes()
                .route("organization-token", r -> guards.api(r.order(-1).path("/api/auth/token"),
                        "organization", organization, rateLimits.perClientIp(), sizes.standard()))
                .route("organization-import", r -> guards.api(r.order(-1).path("/api/orgs/import"),
                        "organization", organization, rateLimits.perPrincipal(), sizes.orgImport()))
                .route("notification-stream", r -> guards.stream(r.order(-1).path("/api/notifications/stream"),
                        notification, rateLimits.perPrincipal()))
                .route("organization", r -> guards.api(r.path("/api/orgs/**", "/api/units/**", "/api/members/**",
                                "/api/users/**", "/api/auth/**", "/.well-known/jwks.json"),
                        "organization", organization, rateLimits.perPrincipal(), sizes.standard()))
                .route("task-dispatch", r -> guards.api(r.path("/api/tasks/**", "/api/assignments/**", "/api/whistles/**"),
                        "task-dispatch", services.taskDispatch().uri(), rateLimits.perPrincipal(), sizes.standard()))
                .route("appraisal", r -> guards.api(r.path("/api/appraisals/**"),
                        "appraisal", services.appraisal().uri(), rateLimits.perPrincipal(), sizes.standard()))
                .route("notification", r -> guards.api(r.path("/api/notifications/**", "/api/webhooks/**"),
                        "notification", notification, rateLimits.perPrincipal(), sizes.standard()));
        // each service's OpenAPI document at /v3/api-docs/<service>, for the gateway's one Swagger UI
        byName.forEach((service, uri) -> routes.route("api-docs-" + service, r -> guards.api(r.path("/v3/api-docs/" + service),
                service, uri, rateLimits.perPrincipal(), sizes.standard(), filters -> filters
                        .setPath("/v3/api-docs")
                        .modifyResponseBody(String.class, String.class, apiDocsServers))));
        return routes.build();
    }
}
