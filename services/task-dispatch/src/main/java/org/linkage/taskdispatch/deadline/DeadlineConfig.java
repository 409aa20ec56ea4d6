package org.linkage.taskdispatch.deadline;

import org.linkage.taskdispatch.schedule.DueHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.function.BiFunction;

/** The scheduler's handlers for assignment deadlines and their warnings. */
@Configuration
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfig {

    @Bean
    DueHandler receiptDeadline(DeadlineEnforcer enforcer) {
        return handler(DeadlineKind.RECEIPT, enforcer::receiptPassed);
    }

    @Bean
    DueHandler completionDeadline(DeadlineEnforcer enforcer) {
        return handler(DeadlineKind.DUE, enforcer::duePassed);
    }

    @Bean
    DueHandler receiptWarning(DeadlineEnforcer enforcer) {
        return handler(DeadlineKind.RECEIPT_WARNING, enforcer::receiptApproaching);
    }

    @Bean
    DueHandler completionWarning(DeadlineEnforcer enforcer) {
        return handler(DeadlineKind.DUE_WARNING, enforcer::dueApproaching);
    }

    private static DueHandler handler(DeadlineKind kind, BiFunction<String, Instant, Mono<Void>> fire) {
        return new DueHandler() {
            @Override
            public String kind() {
                return kind.kind();
            }

            @Override
            public Mono<Void> fire(String itemId, Instant dueAt) {
                return fire.apply(itemId, dueAt);
            }
        };
    }
}
