package org.linkage.gateway.requestsize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.Objects;

/**
 * Largest request bodies ({@code linkage.gateway.request-size.*}, values in application.yml).
 *
 * @param max       every route
 * @param importMax {@code /api/orgs/import}, which takes a whole organisation tree at once
 */
@ConfigurationProperties("linkage.gateway.request-size")
public record RequestSizeProperties(DataSize max, DataSize importMax) {

    public RequestSizeProperties {
        Objects.requireNonNull(max, "linkage.gateway.request-size.max is required");
        Objects.requireNonNull(importMax, "linkage.gateway.request-size.import-max is required");
    }
}
