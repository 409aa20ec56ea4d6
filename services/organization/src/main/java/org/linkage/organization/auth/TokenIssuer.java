package org.linkage.organization.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.linkage.organization.user.User;
import org.linkage.platform.web.security.Claims;
import org.linkage.platform.web.security.SecurityProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 access tokens carrying what every service needs to authorise a request without asking
 * this one: the user, the organisation they act for and its ancestry, their unit and roles.
 */
@Component
public class TokenIssuer {

    private final SigningKeys keys;
    private final JWSSigner signer;
    private final SecurityProperties security;
    private final Duration ttl;
    private final Clock clock;

    public TokenIssuer(SigningKeys keys, SecurityProperties security, AuthProperties auth, Clock clock) {
        this.keys = keys;
        this.security = security;
        this.ttl = auth.tokenTtl();
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(keys.current());
        } catch (JOSEException e) {
            throw new IllegalStateException("the signing key cannot sign", e);
        }
    }

    public AccessToken issue(User user) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(security.issuer())
                .audience(List.of(security.audience()))
                .subject(user.id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim(Claims.USERNAME, user.username())
                .claim(Claims.ORG_PATH, user.orgPath())
                .claim(Claims.ROLES, user.roleNames());
        if (user.orgId() != null) {
            claims.claim(Claims.ORG_ID, user.orgId());
        }
        if (user.unitId() != null) {
            claims.claim(Claims.UNIT_ID, user.unitId());
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keys.current().getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return new AccessToken(jwt.serialize(), ttl);
    }
}
