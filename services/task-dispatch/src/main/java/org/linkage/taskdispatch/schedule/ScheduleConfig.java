package org.linkage.taskdispatch.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** The scheduler of due items and the loop that ticks it while the application runs. */
@Configuration
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfig {

    private static final Logger log = LoggerFactory.getLogger(ScheduleConfig.class);

    @Bean
    Scheduler dueItemScheduler(ReactiveMongoTemplate mongo, DueItems items, ObjectProvider<DueHandler> handlers,
                               ScheduleProperties properties, Clock clock) {
        String owner = properties.owner() != null ? properties.owner() : host() + "-" + UUID.randomUUID();
        Lease lease = new Lease(mongo, "scheduler", owner, properties.lease());
        return new Scheduler(mongo, items, lease, handlers.orderedStream().toList(), properties, clock);
    }

    @Bean
    SmartLifecycle dueItemTicks(Scheduler scheduler, ScheduleProperties properties) {
        return new SmartLifecycle() {
            private volatile Disposable loop;

            @Override
            public void start() {
                if (!properties.enabled()) {
                    return;
                }
                loop = Flux.interval(properties.tick(), properties.tick(), Schedulers.newSingle("due-items", true))
                        .onBackpressureDrop()
                        .concatMap(i -> scheduler.tick().onErrorResume(e -> {
                            log.warn("scheduler tick failed: {}", e.toString());
                            return Mono.just(0);
                        }), 1)
                        .subscribe();
            }

            @Override
            public void stop() {
                Disposable running = loop;
                loop = null;
                if (running != null) {
                    running.dispose();
                    try {
                        scheduler.release().block(Duration.ofSeconds(5));
                    } catch (RuntimeException e) {
                        log.warn("scheduler lease not released, it expires on its own: {}", e.toString());
                    }
                }
            }

            @Override
            public boolean isRunning() {
                return loop != null;
            }
        };
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "replica";
        }
    }
}
