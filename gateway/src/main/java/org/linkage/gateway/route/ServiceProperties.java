package org.linkage.gateway.route;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the four services listen ({@code linkage.services.<name>.uri}); defaults in application.yml
 * are the local ports of {@code ./linkage up}.
 */
@ConfigurationProperties("linkage.services")
public record ServiceProperties(Service organization, Service taskDispatch, Service notification, Service appraisal) {

    public ServiceProperties {
        Objects.requireNonNull(organization, "linkage.services.organization.uri is required");
        Objects.requireNonNull(taskDispatch, "linkage.services.task-dispatch.uri is required");
        Objects.requireNonNull(notification, "linkage.services.notification.uri is required");
        Objects.requireNonNull(appraisal, "linkage.services.appraisal.uri is required");
    }

    /** Service name (as in routes, circuit breakers and API docs) to address. */
    public Map<String, URI> byName() {
        Map<String, URI> byName = new LinkedHashMap<>();
        byName.put("organization", organization.uri());
        byName.put("task-dispatch", taskDispatch.uri());
        byName.put("notification", notification.uri());
        byName.put("appraisal", appraisal.uri());
        return byName;
    }

    public record Service(URI uri) {
    }
}
