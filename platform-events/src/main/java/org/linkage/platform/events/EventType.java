package org.linkage.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a domain event on the wire. The CloudEvents type is {@code name + ".v" + version},
 * e.g. {@code linkage.task.AssignmentIssued.v1}. Changes to a version must be additive;
 * a breaking change is a new version (a new record) living beside the old one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Dotted name without version, e.g. {@code linkage.task.AssignmentIssued}. */
    String name();

    int version() default 1;

    /** The source topic the event is published to (see {@link Topics}). */
    String topic();
}
