package org.linkage.platform.devstack;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * The loggers of the embedded broker and store. At INFO (or logback's unconfigured DEBUG) they
 * drown a test's own output, so they are turned down to WARN unless someone set their level.
 */
public final class StackLoggers {

    /** Kafka's broker and clients, the Mongo wire-protocol server and its Netty transport. */
    public static final List<String> NAMES =
            List.of("kafka", "org.apache.kafka", "state.change.logger", "de.bwaldvogel", "io.netty");

    private StackLoggers() {
    }

    /**
     * Sets each of {@link #NAMES} to WARN unless its level was configured, so that debugging stays a
     * matter of naming the logger in logback.xml (or {@code logging.level.*} under Spring Boot).
     * Call it again after a logging system resets the configuration, as Spring Boot does on start.
     */
    public static void quietUnlessConfigured() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding: its own configuration decides
        }
        for (String name : NAMES) {
            Logger logger = context.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARN);
            }
        }
    }
}
