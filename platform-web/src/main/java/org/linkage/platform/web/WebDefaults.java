package org.linkage.platform.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** Lowest-precedence web conventions: request bodies with unknown fields are refused, errors are problem+json. */
public class WebDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("linkageWebDefaults", Map.of(
                "spring.jackson.deserialization.fail-on-unknown-properties", "true",
                "springdoc.swagger-ui.path", "/swagger-ui.html",
                "spring.codec.max-in-memory-size", "2MB")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
