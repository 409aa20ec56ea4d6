package org.linkage.platform.events;

/**
 * A domain event payload: an immutable record annotated with {@link EventType}.
 * Each one names the aggregate it is about, which becomes the CloudEvents subject.
 */
public interface DomainEvent {

    /** The id of the aggregate this event is about (CloudEvents {@code ce_subject}). */
    String subject();
}
