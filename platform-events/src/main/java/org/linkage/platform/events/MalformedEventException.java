package org.linkage.platform.events;

/** A record that can never be handled (bad JSON, missing attributes): it goes straight to the DLQ. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
