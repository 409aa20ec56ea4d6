package org.linkage.organization.auth;

import java.time.Duration;

/** A signed access token and how long it is valid from now. */
public record AccessToken(String value, Duration expiresIn) {
}
