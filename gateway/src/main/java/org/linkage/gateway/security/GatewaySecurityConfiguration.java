package org.linkage.gateway.security;

import org.linkage.gateway.observability.CorrelationIdFilter;
import org.linkage.gateway.problem.ProblemWriter;
import org.linkage.platform.web.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's own chain (platform-web's is {@code @ConditionalOnMissingBean}): the same JWT
 * decoder (RS256 from the JWKS, issuer, audience, expiry), plus CORS for the console and a stateless
 * context. The token is checked here and relayed as is: the services check it again.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    /** Served without a token, as on every service (see platform-web). */
    private static final List<String> INFRASTRUCTURE = List.of("/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**");

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, SecurityProperties security, ReactiveJwtDecoder jwtDecoder,
                                           CorsProperties cors, ProblemWriter problems) {
        List<String> open = new ArrayList<>(INFRASTRUCTURE);
        open.addAll(security.publicPaths());
        BearerProblemEntryPoint entryPoint = new BearerProblemEntryPoint(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(spec -> spec.configurationSource(corsSource(cors)))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(open.toArray(String[]::new)).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint))
                .build();
    }

    private static CorsConfigurationSource corsSource(CorsProperties cors) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(cors.allowedOrigins());
        config.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name(), HttpMethod.PUT.name(),
                HttpMethod.PATCH.name(), HttpMethod.DELETE.name()));
        config.setAllowedHeaders(List.of("*"));
        config.setExposedHeaders(List.of(CorrelationIdFilter.HEADER, HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION, HttpHeaders.ETAG));
        // bearer tokens, not cookies: no credentials mode
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}
