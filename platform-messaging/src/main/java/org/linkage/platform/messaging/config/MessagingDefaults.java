package org.linkage.platform.messaging.config;

import org.linkage.platform.events.MalformedEventException;
import org.linkage.platform.events.Topics;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventions every Linkage service shares, as lowest-precedence defaults a service may
 * override: observation on the Kafka binder, DLQ named {@code <topic>.<group>.dlq} for every
 * grouped binding, malformed events not retried, probes and Prometheus exposed, full sampling.
 */
public class MessagingDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "linkageMessagingDefaults";
    private static final Pattern GROUP = Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+)\\.group");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>(conventions());
        defaults.putAll(deadLetterNames(environment));
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    private static Map<String, Object> conventions() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.cloud.stream.kafka.binder.enable-observation", "true");
        defaults.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true");
        defaults.put("spring.cloud.stream.default.consumer.max-attempts", "3");
        defaults.put("spring.cloud.stream.default.consumer.back-off-initial-interval", "200");
        defaults.put("spring.cloud.stream.default.consumer.retryable-exceptions[" + MalformedEventException.class.getName() + "]", "false");
        defaults.put("spring.reactor.context-propagation", "auto");
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("management.otlp.metrics.export.enabled", "false");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-components", "always");
        // liveness must not depend on Kafka or MongoDB: a broker outage is not a reason to restart
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState,ping");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,mongo");
        defaults.put("server.shutdown", "graceful");
        return defaults;
    }

    /** {@code dlq-name} for each binding that has a consumer group and no DLQ name of its own. */
    static Map<String, Object> deadLetterNames(ConfigurableEnvironment environment) {
        Map<String, Object> names = new LinkedHashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            for (String property : enumerable.getPropertyNames()) {
                Matcher matcher = GROUP.matcher(property);
                if (!matcher.matches()) {
                    continue;
                }
                String binding = matcher.group(1);
                String dlqProperty = "spring.cloud.stream.kafka.bindings." + binding + ".consumer.dlq-name";
                String destination = environment.getProperty("spring.cloud.stream.bindings." + binding + ".destination");
                String group = environment.getProperty(property);
                if (destination != null && group != null && !environment.containsProperty(dlqProperty)) {
                    names.putIfAbsent(dlqProperty, Topics.deadLetter(destination.split(",")[0].trim(), group));
                }
            }
        }
        return names;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
