package org.linkage.organization.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  load the demo district at start-up ({@code ./linkage up --demo} sets LINKAGE_DEMO=true)
 * @param password the password of every demo user
 */
@ConfigurationProperties("linkage.demo")
public record DemoProperties(boolean enabled, String password) {

    public DemoProperties {
        password = password == null || password.isBlank() ? "linkage-demo" : password;
    }
}
