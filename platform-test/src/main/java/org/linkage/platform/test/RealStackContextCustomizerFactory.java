package org.linkage.platform.test;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestContextAnnotationUtils.AnnotationDescriptor;

/**
 * Wires the {@link RealStack} into the Spring context of every {@link WithRealStack} test class, so
 * that such a class needs nothing else. Registered in {@code META-INF/spring.factories}.
 */
public final class RealStackContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        AnnotationDescriptor<WithRealStack> found = TestContextAnnotationUtils.findAnnotationDescriptor(testClass, WithRealStack.class);
        if (found == null) {
            return null;
        }
        String database = found.getAnnotation().database();
        return new RealStackContextCustomizer(database.isEmpty() ? found.getRootDeclaringClass().getSimpleName() : database);
    }
}
