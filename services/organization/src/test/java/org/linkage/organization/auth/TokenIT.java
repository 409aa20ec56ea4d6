package org.linkage.organization.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.organization.user.TestLogins;
import org.linkage.organization.user.TestTree;
import org.linkage.platform.test.WithRealStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Logins, tokens and the JWKS, over HTTP on the real broker and store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@WithRealStack(database = "organization-auth")
class TokenIT {

    @Autowired
    WebTestClient http;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    SigningKeys signingKeys;

    TestLogins logins;
    TestTree tree;

    @BeforeEach
    void setUp() {
        logins = new TestLogins(http);
        tree = TestTree.insert(mongo);
    }

    @Test
    void theBootstrapAdministratorLogsInAndTheTokenVerifiesAgainstTheJwks() throws Exception {
        Map<?, ?> response = http.post().uri("/api/auth/token")
                .bodyValue(Map.of("username", "admin", "password", "admin"))
                .exchange().expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(response.get("token_type")).isEqualTo("Bearer");
        assertThat(response.get("expires_in")).isEqualTo(8 * 3600);

        SignedJWT token = SignedJWT.parse((String) response.get("access_token"));
        JWKSet jwks = JWKSet.parse(http.get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(jwks.getKeys()).isNotEmpty().noneMatch(key -> key.isPrivate());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(key).as("the token's kid is published").isNotNull();
        assertThat(key.getKeyType().getValue()).isEqualTo("RSA");
        assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("linkage");
        assertThat(claims.getAudience()).containsExactly("linkage");
        assertThat(claims.getSubject()).isEqualTo("user-admin");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("admin");
        assertThat(claims.getStringListClaim("roles")).containsExactly("ADMIN");
        assertThat(claims.getStringListClaim("org_path")).isEmpty();
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(8));

        http.get().uri("/api/users/user-admin").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.serialize())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("admin")
                .jsonPath("$.passwordHash").doesNotExist()
                .jsonPath("$.outbox").doesNotExist();
    }

    @Test
    void aStaffTokenCarriesTheOrganisationItsAncestryAndTheUnit() throws Exception {
        String username = TestLogins.username("unit.contact");
        Map<String, Object> user = TestLogins.newUser(username, tree.communityA(), "UNIT_CONTACT");
        user.put("unitId", "unit-42");
        Map<String, Object> created = logins.created(logins.adminToken(), user);

        JWTClaimsSet claims = SignedJWT.parse(logins.token(username, TestLogins.PASSWORD)).getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo(created.get("id"));
        assertThat(claims.getStringClaim("org_id")).isEqualTo(tree.communityA());
        assertThat(claims.getStringListClaim("org_path")).containsExactly(tree.district(), tree.streetA());
        assertThat(claims.getStringClaim("unit_id")).isEqualTo("unit-42");
        assertThat(claims.getStringListClaim("roles")).containsExactly("UNIT_CONTACT");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String username = TestLogins.username("li.na");
        logins.created(logins.adminToken(), TestLogins.newUser(username, tree.streetA(), "STREET_OFFICER"));

        EntityExchangeResult<byte[]> wrongPassword = login(username, "not-the-password");
        EntityExchangeResult<byte[]> unknownUser = login(TestLogins.username("nobody"), "not-the-password");

        for (EntityExchangeResult<byte[]> result : List.of(wrongPassword, unknownUser)) {
            assertThat(result.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(body(unknownUser)).isEqualTo(body(wrongPassword)).contains("invalid username or password");
    }

    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPassword() {
        String username = TestLogins.username("zhang.wei");
        logins.created(logins.adminToken(), TestLogins.newUser(username, tree.streetA(), "STREET_OFFICER"));

        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "guess-" + i).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        EntityExchangeResult<byte[]> throttled = login(username, TestLogins.PASSWORD);

        assertThat(throttled.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        long retryAfter = Long.parseLong(throttled.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 300L);
        assertThat(body(throttled)).contains("\"status\":429");
        assertThat(login(TestLogins.username("other"), "whatever").getStatus())
                .as("other usernames are not affected").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String[] parts = logins.tokenOfNew("tamper", tree.streetA(), "STREET_OFFICER").split("\\.");
        JWTClaimsSet original = JWTClaimsSet.parse(new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8));
        JWTClaimsSet elevated = new JWTClaimsSet.Builder(original).claim("roles", List.of("ADMIN")).build();
        String tampered = parts[0] + "." + Base64URL.encode(elevated.toString()) + "." + parts[2];

        expectUnauthorized(tampered);
        expectUnauthorized(parts[0] + "." + parts[1] + "." + parts[2]
                .substring(0, parts[2].length() - 4) + "AAAA");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        PlainJWT unsigned = new PlainJWT(validClaims(Instant.now().plusSeconds(600)).build());

        expectUnauthorized(unsigned.serialize());
    }

    @Test
    void anExpiredTokenSignedWithOurKeyIsRefused() throws Exception {
        // control: the same claims, unexpired, are accepted
        http.get().uri("/api/users/user-admin")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + signWith(signingKeys.current(), validClaims(Instant.now().plusSeconds(600))))
                .exchange().expectStatus().isOk();

        expectUnauthorized(signWith(signingKeys.current(), validClaims(Instant.now().minusSeconds(3600))));
    }

    @Test
    void aTokenForAnotherIssuerOrAudienceIsRefused() throws Exception {
        Instant expiry = Instant.now().plusSeconds(600);

        expectUnauthorized(signWith(signingKeys.current(), validClaims(expiry).issuer("someone-else")));
        expectUnauthorized(signWith(signingKeys.current(), validClaims(expiry).audience("another-platform")));
    }

    @Test
    void aTokenSignedByAnotherKeyUnderOurKidIsRefused() throws Exception {
        KeyPair stranger = TestKeys.rsa();
        RSAKey forged = new RSAKey.Builder((java.security.interfaces.RSAPublicKey) stranger.getPublic())
                .privateKey(stranger.getPrivate()).keyID(signingKeys.current().getKeyID()).build();

        expectUnauthorized(signWith(forged, validClaims(Instant.now().plusSeconds(600))));
    }

    private JWTClaimsSet.Builder validClaims(Instant expiry) {
        return new JWTClaimsSet.Builder()
                .issuer("linkage").audience("linkage").subject("user-admin")
                .issueTime(Date.from(expiry.minusSeconds(3600 * 2))).expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("preferred_username", "admin").claim("org_path", List.of()).claim("roles", List.of("ADMIN"));
    }

    private static String signWith(RSAKey key, JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private void expectUnauthorized(String token) {
        http.get().uri("/api/users/user-admin").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private EntityExchangeResult<byte[]> login(String username, String password) {
        return http.post().uri("/api/auth/token").bodyValue(Map.of("username", username, "password", password))
                .exchange().expectBody().returnResult();
    }

    private static String body(EntityExchangeResult<byte[]> result) {
        return new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
    }
}
