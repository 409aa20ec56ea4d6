package org.linkage.platform.messaging.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.util.UUID;

/** Common tags on every meter: which service, which replica. */
@AutoConfiguration
public class ObservabilityAutoConfiguration {

    @Bean
    MeterRegistryCustomizer<io.micrometer.core.instrument.MeterRegistry> linkageCommonTags(Environment environment) {
        String application = environment.getProperty("spring.application.name", "unnamed");
        String instance = environment.getProperty("linkage.instance-id",
                environment.getProperty("HOSTNAME", UUID.randomUUID().toString().substring(0, 8)));
        return registry -> registry.config().commonTags("application", application, "instance", instance);
    }
}
