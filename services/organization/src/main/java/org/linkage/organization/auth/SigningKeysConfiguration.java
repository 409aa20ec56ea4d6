package org.linkage.organization.auth;

import org.linkage.platform.web.security.SecurityProperties;
import org.linkage.platform.web.security.WebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;

/**
 * The signing keys, and the decoder with which this service checks the tokens it issued itself:
 * with the keys in memory, not through its own JWKS endpoint (platform-web's JWKS decoder backs off).
 */
@Configuration(proxyBeanMethods = false)
class SigningKeysConfiguration {

    @Bean
    SigningKeys signingKeys(AuthProperties properties, SigningKeyStore store, ResourceLoader resources) {
        AuthProperties.SigningKey configured = properties.signingKey();
        List<RSAPublicKey> previous = configured.previousPublicKey() == null || configured.previousPublicKey().isBlank()
                ? List.of() : List.of(PemKeys.publicKey(configured.previousPublicKey(), resources));
        if (configured.configured()) {
            RSAPrivateKey privateKey = PemKeys.privateKey(configured.privateKey(), resources);
            RSAPublicKey publicKey = configured.publicKey() == null || configured.publicKey().isBlank()
                    ? PemKeys.publicKeyOf(privateKey) : PemKeys.publicKey(configured.publicKey(), resources);
            return new SigningKeys(publicKey, privateKey, previous);
        }
        // startup, not a request: waiting for the store here is what makes the service usable at all
        KeyPair stored = store.currentOrCreate().block(Duration.ofSeconds(60));
        return new SigningKeys((RSAPublicKey) stored.getPublic(), (RSAPrivateKey) stored.getPrivate(), previous);
    }

    /** RS256 only (so {@code alg: none} and HMAC tricks fail), signed by one of our keys, then issuer, audience, expiry. */
    @Bean
    ReactiveJwtDecoder localJwtDecoder(SigningKeys keys, SecurityProperties security) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSource(jwt -> Flux.fromIterable(keys.publicKeys().getKeys()))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(WebSecurityAutoConfiguration.validator(security));
        return decoder;
    }
}
