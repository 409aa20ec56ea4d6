package org.linkage.organization.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysTests {

    final DefaultResourceLoader resources = new DefaultResourceLoader();
    final KeyPair current = TestKeys.rsa();

    @Test
    void keysAreReadFromInlinePemOrFromALocation(@TempDir Path dir) throws Exception {
        String privatePem = TestKeys.pem("PRIVATE KEY", current.getPrivate().getEncoded());
        String publicPem = TestKeys.pem("PUBLIC KEY", current.getPublic().getEncoded());
        Path publicFile = Files.writeString(dir.resolve("signing.pub"), publicPem);

        assertThat(PemKeys.privateKey(privatePem, resources)).isEqualTo(current.getPrivate());
        assertThat(PemKeys.publicKey("file:" + publicFile, resources)).isEqualTo(current.getPublic());
    }

    @Test
    void thePublicKeyCanBeDerivedFromThePrivateOne() {
        RSAPrivateKey privateKey = PemKeys.privateKey(TestKeys.pem("PRIVATE KEY", current.getPrivate().getEncoded()), resources);

        assertThat(PemKeys.publicKeyOf(privateKey)).isEqualTo(current.getPublic());
    }

    @Test
    void theJwksPublishesOnlyPublicPartsWithStableKeyIds() throws Exception {
        KeyPair previous = TestKeys.rsa();
        SigningKeys keys = new SigningKeys((RSAPublicKey) current.getPublic(), (RSAPrivateKey) current.getPrivate(),
                List.of((RSAPublicKey) previous.getPublic()));

        List<JWK> published = keys.publicKeys().getKeys();

        assertThat(published).hasSize(2).noneMatch(JWK::isPrivate);
        assertThat(published.get(0).getKeyID()).isEqualTo(keys.current().getKeyID());
        assertThat(published.get(1).getKeyID()).isNotEqualTo(keys.current().getKeyID());
        assertThat(TestKeys.signingKeys(current).current().getKeyID()).as("same key, same kid on every replica")
                .isEqualTo(keys.current().getKeyID());
        Map<String, Object> json = keys.publicKeys().toJSONObject(true);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) json.get("keys")).get(0);
        assertThat(first).containsEntry("kty", "RSA").containsEntry("use", "sig").containsEntry("alg", "RS256")
                .containsKeys("kid", "n", "e").doesNotContainKeys("d", "p", "q");
        assertThat(((RSAKey) published.get(0)).toRSAPublicKey()).isEqualTo(current.getPublic());
    }

    @Test
    void aPublicKeyOfAnotherPairIsRefused() {
        KeyPair other = TestKeys.rsa();

        assertThatThrownBy(() -> new SigningKeys((RSAPublicKey) other.getPublic(), (RSAPrivateKey) current.getPrivate(), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not belong");
    }
}
