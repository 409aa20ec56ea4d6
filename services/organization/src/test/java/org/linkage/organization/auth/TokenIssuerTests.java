package org.linkage.organization.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.linkage.organization.user.Role;
import org.linkage.organization.user.User;
import org.linkage.platform.web.security.SecurityProperties;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIssuerTests {

    static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    final KeyPair pair = TestKeys.rsa();
    final SigningKeys keys = TestKeys.signingKeys(pair);
    final TokenIssuer issuer = new TokenIssuer(keys, new SecurityProperties("linkage-test", "linkage", null, null, null),
            new AuthProperties(null, Duration.ofHours(2), null, null), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenCarriesTheUserTheirOrganisationAndRoles() throws Exception {
        User contact = user("user-1", "li.hua", "org-c1", List.of("org-d", "org-s1"), "unit-9",
                Set.of(Role.UNIT_CONTACT, Role.AUDITOR));

        AccessToken token = issuer.issue(contact);

        SignedJWT jwt = SignedJWT.parse(token.value());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(keys.current().getKeyID()).isNotBlank();
        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) pair.getPublic()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("linkage-test");
        assertThat(claims.getAudience()).containsExactly("linkage");
        assertThat(claims.getSubject()).isEqualTo("user-1");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("li.hua");
        assertThat(claims.getStringClaim("org_id")).isEqualTo("org-c1");
        assertThat(claims.getStringListClaim("org_path")).containsExactly("org-d", "org-s1");
        assertThat(claims.getStringClaim("unit_id")).isEqualTo("unit-9");
        assertThat(claims.getStringListClaim("roles")).containsExactly("UNIT_CONTACT", "AUDITOR");
        assertThat(token.expiresIn()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void claimsAUserLacksAreLeftOut() throws Exception {
        User admin = user("user-admin", "admin", null, List.of(), null, Set.of(Role.ADMIN));

        JWTClaimsSet claims = SignedJWT.parse(issuer.issue(admin).value()).getJWTClaimsSet();

        assertThat(claims.getClaims()).doesNotContainKeys("org_id", "unit_id");
        assertThat(claims.getStringListClaim("org_path")).isEmpty();
        assertThat(claims.getStringListClaim("roles")).containsExactly("ADMIN");
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        User admin = user("user-admin", "admin", null, List.of(), null, Set.of(Role.ADMIN));

        String first = SignedJWT.parse(issuer.issue(admin).value()).getJWTClaimsSet().getJWTID();
        String second = SignedJWT.parse(issuer.issue(admin).value()).getJWTClaimsSet().getJWTID();

        assertThat(first).isNotEqualTo(second);
    }

    private static User user(String id, String username, String orgId, List<String> orgPath, String unitId, Set<Role> roles) {
        return new User(id, username, "$2a$10$hash", "李华", orgId, orgPath, orgPath.isEmpty() ? null : orgPath.get(0),
                unitId, null, roles, false, 0, NOW, NOW, List.of());
    }
}
