package org.linkage.platform.web.security;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/** The caller of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** Empty outside an authenticated request. */
    public static Mono<LinkagePrincipal> get() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> LinkagePrincipal.from(((JwtAuthenticationToken) authentication).getToken()));
    }
}
