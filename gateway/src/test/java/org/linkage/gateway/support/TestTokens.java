package org.linkage.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens as the organization service issues them (RS256, issuer and audience {@code linkage}),
 * signed with a key made for the test run, and the ways an attacker might bend them.
 */
public final class TestTokens {

    private static final String KEY_ID = "linkage-test";

    private final RSAKey key = generate();
    /** Same key id, different key: a forger who guessed the kid. */
    private final RSAKey foreignKey = generate();

    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String valid(String subject) {
        return sign(key, claims(subject).build());
    }

    /** A fresh subject, so each test has its own rate-limit bucket. */
    public String valid() {
        return valid("user-" + UUID.randomUUID());
    }

    public String expired() {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        return sign(key, claims("user-expired").issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(10)))).build());
    }

    public String withAudience(String audience) {
        return sign(key, claims("user-audience").audience(audience).build());
    }

    public String withIssuer(String issuer) {
        return sign(key, claims("user-issuer").issuer(issuer).build());
    }

    public String signedByForeignKey() {
        return sign(foreignKey, claims("user-forged").build());
    }

    public String unsigned() {
        return new PlainJWT(claims("user-none").build()).serialize();
    }

    /** A valid token whose payload was then swapped for one claiming admin rights. */
    public String tampered() {
        String[] parts = valid("user-tampered").split("\\.");
        JWTClaimsSet forged = claims("admin").claim("roles", List.of("ADMIN")).build();
        return parts[0] + "." + Base64URL.encode(forged.toString()) + "." + parts[2];
    }

    private static JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("linkage")
                .audience("linkage")
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("preferred_username", subject)
                .claim("roles", List.of("DISTRICT"));
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
