package org.linkage.organization.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Logins and tokens ({@code linkage.auth.*}).
 *
 * @param adminPassword password of the bootstrap administrator (from {@code LINKAGE_ADMIN_PASSWORD});
 *                      blank means "not configured": {@code admin} locally, a refusal to start in {@code prod}
 * @param tokenTtl      lifetime of an access token
 * @param loginLimit    failed logins allowed per username before 429
 * @param signingKey    the token signing key; when absent one is generated once and kept in MongoDB
 */
@ConfigurationProperties("linkage.auth")
public record AuthProperties(String adminPassword, Duration tokenTtl, LoginLimit loginLimit, SigningKey signingKey) {

    public AuthProperties {
        tokenTtl = tokenTtl != null ? tokenTtl : Duration.ofHours(8);
        loginLimit = loginLimit != null ? loginLimit : new LoginLimit(null, null);
        signingKey = signingKey != null ? signingKey : new SigningKey(null, null, null);
    }

    /**
     * @param maxFailures failures within the window after which further attempts are refused
     * @param window      how long a failure counts; per replica, in memory
     */
    public record LoginLimit(Integer maxFailures, Duration window) {
        public LoginLimit {
            maxFailures = maxFailures != null ? maxFailures : 5;
            window = window != null ? window : Duration.ofMinutes(5);
            if (maxFailures < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("linkage.auth.login-limit needs max-failures >= 1 and a positive window");
            }
        }
    }

    /**
     * Each value is PEM text or a resource location ({@code file:…}, {@code classpath:…}).
     *
     * @param privateKey        PKCS#8 RSA private key that signs new tokens
     * @param publicKey         its X.509 public key; derived from the private key when absent
     * @param previousPublicKey the key being rotated out: still published and accepted until its tokens expire
     */
    public record SigningKey(String privateKey, String publicKey, String previousPublicKey) {

        public boolean configured() {
            return privateKey != null && !privateKey.isBlank();
        }
    }
}
