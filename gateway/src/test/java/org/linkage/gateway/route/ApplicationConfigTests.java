package org.linkage.gateway.route;

import org.junit.jupiter.api.Test;
import org.linkage.gateway.ratelimit.RateLimitProperties;
import org.linkage.gateway.requestsize.RequestSizeProperties;
import org.linkage.gateway.security.CorsProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped application.yml: what {@code ./linkage up} and a plain {@code java -jar} get. */
class ApplicationConfigTests {

    private final Binder binder = binder();

    @Test
    void theGatewayListensOn8080InFrontOfTheLocalServices() {
        assertThat(binder.bind("server.port", Integer.class).get()).isEqualTo(8080);
        assertThat(binder.bind("spring.application.name", String.class).get()).isEqualTo("gateway");
        assertThat(binder.bind("linkage.services", ServiceProperties.class).get().byName()).containsExactly(
                entry("organization", "http://localhost:8081"), entry("task-dispatch", "http://localhost:8082"),
                entry("notification", "http://localhost:8083"), entry("appraisal", "http://localhost:8084"));
        assertThat(binder.bind("linkage.security.jwks-uri", String.class).get())
                .isEqualTo("http://localhost:8081/.well-known/jwks.json");
    }

    @Test
    void theTimeLimiterIsLongerThanTheRouteTimeout() {
        Duration responseTimeout = binder.bind("linkage.gateway.resilience", ResilienceProperties.class).get().responseTimeout();
        Duration timeLimit = binder.bind("resilience4j.timelimiter.configs.default.timeout-duration", Duration.class).get();
        assertThat(responseTimeout).isEqualTo(Duration.ofSeconds(5));
        assertThat(timeLimit).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void limitsAndOriginsHaveTheirDocumentedDefaults() {
        RequestSizeProperties sizes = binder.bind("linkage.gateway.request-size", RequestSizeProperties.class).get();
        assertThat(sizes.max()).isEqualTo(DataSize.ofMegabytes(1));
        assertThat(sizes.importMax()).isEqualTo(DataSize.ofMegabytes(10));
        RateLimitProperties rateLimit = binder.bind("linkage.gateway.rate-limit", RateLimitProperties.class).get();
        assertThat(rateLimit.trustedProxies()).isZero();
        assertThat(binder.bind("linkage.gateway.cors", CorsProperties.class).get().allowedOrigins())
                .isEqualTo(List.of("http://localhost:5173"));
        assertThat(binder.bind("management.endpoint.health.probes.enabled", Boolean.class).get()).isTrue();
        assertThat(binder.bind("server.shutdown", String.class).get()).isEqualTo("graceful");
    }

    private static Map.Entry<String, URI> entry(String name, String uri) {
        return Map.entry(name, URI.create(uri));
    }

    private static Binder binder() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
                environment.getPropertySources().addLast(source);
            }
            return new Binder(ConfigurationPropertySources.get(environment),
                    new PropertySourcesPlaceholdersResolver(environment));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
