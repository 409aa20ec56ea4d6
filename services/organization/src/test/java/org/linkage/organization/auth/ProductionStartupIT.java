package org.linkage.organization.auth;

import org.junit.jupiter.api.Test;
import org.linkage.organization.OrganizationApplication;
import org.linkage.platform.test.RealStack;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The prod profile without an administrator password must not come up with the well-known default. */
class ProductionStartupIT {

    @Test
    void withoutAnAdministratorPasswordTheProdProfileRefusesToStart() {
        RealStack stack = RealStack.get();

        Throwable failure = catchThrowable(() -> {
            try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(OrganizationApplication.class)
                    .profiles("prod")
                    .run("--linkage.auth.admin-password=",
                            "--server.port=0",
                            "--spring.mongodb.uri=" + stack.mongoUri("organization-prod-startup"),
                            "--spring.kafka.bootstrap-servers=" + stack.bootstrapServers(),
                            "--spring.cloud.stream.kafka.binder.brokers=" + stack.bootstrapServers())) {
                // reaching this line means it started
            }
        });

        assertThat(failure).as("the application started").isNotNull();
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(IllegalStateException.class).hasMessageContaining("LINKAGE_ADMIN_PASSWORD");
    }
}
