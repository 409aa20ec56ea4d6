package org.linkage.platform.test;

import org.linkage.platform.devstack.StackLoggers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Points one Spring test context at the {@link RealStack}; a record, so contexts with the same database are cached and shared. */
record RealStackContextCustomizer(String database) implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        RealStack stack = RealStack.get();
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("realStack", stack.springProperties(database)));
        StackLoggers.quietUnlessConfigured(); // Spring Boot has just replaced the logging configuration
    }
}
