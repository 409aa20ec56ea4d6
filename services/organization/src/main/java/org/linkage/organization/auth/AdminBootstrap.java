package org.linkage.organization.auth;

import org.linkage.organization.user.Passwords;
import org.linkage.organization.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Makes sure the platform administrator exists, so a fresh installation can be logged into.
 * Its password must be configured in production: the service refuses to start without one there.
 */
@Component
class AdminBootstrap {

    static final String DEFAULT_PASSWORD = "admin";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final String password;

    AdminBootstrap(UserService users, AuthProperties properties, Environment environment) {
        this.users = users;
        this.password = adminPassword(properties.adminPassword(), environment.acceptsProfiles(Profiles.of("prod")));
    }

    /** The password to create the administrator with; throws when production has none configured. */
    static String adminPassword(String configured, boolean production) {
        if (configured == null || configured.isBlank()) {
            if (production) {
                throw new IllegalStateException("No administrator password is configured: set LINKAGE_ADMIN_PASSWORD "
                        + "(linkage.auth.admin-password) before starting with the prod profile");
            }
            log.warn("Using the default administrator password '{}': set LINKAGE_ADMIN_PASSWORD outside local development",
                    DEFAULT_PASSWORD);
            return DEFAULT_PASSWORD;
        }
        if (!Passwords.fitsBcrypt(configured)) {
            throw new IllegalStateException("LINKAGE_ADMIN_PASSWORD must be at most " + Passwords.MAX_BYTES + " bytes in UTF-8");
        }
        return configured;
    }

    /** Blocks the ready event on purpose: "ready" should mean the administrator can log in. */
    @EventListener(ApplicationReadyEvent.class)
    void createAdministrator() {
        Boolean created = users.createBootstrapAdmin(password).block(Duration.ofSeconds(60));
        if (Boolean.TRUE.equals(created)) {
            log.info("Created the platform administrator '{}'", UserService.ADMIN_USERNAME);
        }
    }
}
