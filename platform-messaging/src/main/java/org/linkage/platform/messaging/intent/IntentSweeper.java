package org.linkage.platform.messaging.intent;

import org.linkage.platform.messaging.config.MessagingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Mono;

/** Finishes intents a crash left {@code PENDING}. Appliers are idempotent, so replicas may overlap. */
public class IntentSweeper {

    private static final Logger log = LoggerFactory.getLogger(IntentSweeper.class);

    private final Intents intents;
    private final MessagingProperties.Intents properties;

    public IntentSweeper(Intents intents, MessagingProperties.Intents properties) {
        this.intents = intents;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${linkage.messaging.intents.sweep-interval:PT15S}",
            fixedDelayString = "${linkage.messaging.intents.sweep-interval:PT15S}")
    public Mono<Void> scheduledSweep() {
        return intents.finishPending(properties.grace())
                .doOnNext(done -> {
                    if (done > 0) {
                        log.info("finished {} pending intents", done);
                    }
                })
                .onErrorResume(e -> {
                    log.warn("intent sweep failed: {}", e.toString());
                    return Mono.empty();
                })
                .then();
    }
}
