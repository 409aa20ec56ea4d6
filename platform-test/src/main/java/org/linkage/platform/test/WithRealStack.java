package org.linkage.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class the JVM's {@link RealStack}: it is started before the class, injected into
 * {@code RealStack} parameters and, for Spring tests, wired into the context: Spring Kafka, the
 * Spring Cloud Stream Kafka binder and Spring Boot's MongoDB client point at it, and those
 * properties win over the application's own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealStackExtension.class)
public @interface WithRealStack {

    /** The Mongo database the Spring context uses; by default the simple name of the annotated class. */
    String database() default "";
}
