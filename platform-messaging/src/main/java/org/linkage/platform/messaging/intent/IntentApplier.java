package org.linkage.platform.messaging.intent;

import reactor.core.publisher.Mono;

/**
 * Applies one kind of multi-document intent (an import, a fan-out, a subtree move). It must be
 * idempotent: after a crash the sweeper applies the same intent again from the start.
 *
 * @param <P> the payload holding the whole intent
 */
public interface IntentApplier<P> {

    /** Stable name stored in the intent document, e.g. {@code org.import}. */
    String kind();

    Class<P> payloadType();

    Mono<Void> apply(String intentId, P payload);
}
