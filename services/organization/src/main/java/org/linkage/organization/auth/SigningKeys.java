package org.linkage.organization.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The key that signs tokens, and every public key a token may be verified with: the current one and,
 * during a rotation, the previous one. Key ids are RFC 7638 thumbprints, so every replica derives
 * the same {@code kid} from the same key without configuring one.
 */
public final class SigningKeys {

    private final RSAKey current;
    private final JWKSet publicKeys;

    public SigningKeys(RSAPublicKey currentPublic, RSAPrivateKey currentPrivate, List<RSAPublicKey> previous) {
        if (!currentPublic.getModulus().equals(currentPrivate.getModulus())) {
            throw new IllegalStateException("the signing public key does not belong to the signing private key");
        }
        this.current = jwk(new RSAKey.Builder(currentPublic).privateKey(currentPrivate));
        List<JWK> published = new ArrayList<>();
        published.add(current.toPublicJWK());
        previous.forEach(key -> published.add(jwk(new RSAKey.Builder(key))));
        this.publicKeys = new JWKSet(published);
    }

    /** The signing key, private part included: never publish it. */
    public RSAKey current() {
        return current;
    }

    /** The JWKS: public parts only, current key first. */
    public JWKSet publicKeys() {
        return publicKeys;
    }

    private static RSAKey jwk(RSAKey.Builder key) {
        try {
            return key.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key id", e);
        }
    }
}
