package org.linkage.organization.auth;

import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

/** RSA keys from configuration: PEM text inline, or a resource location holding it. */
final class PemKeys {

    private PemKeys() {
    }

    static RSAPrivateKey privateKey(String pemOrLocation, ResourceLoader resources) {
        try (InputStream in = open(pemOrLocation, resources)) {
            return RsaKeyConverters.pkcs8().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing private key", e);
        }
    }

    static RSAPublicKey publicKey(String pemOrLocation, ResourceLoader resources) {
        try (InputStream in = open(pemOrLocation, resources)) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a signing public key", e);
        }
    }

    /** The public half, which a PKCS#8 RSA key carries (modulus and public exponent). */
    static RSAPublicKey publicKeyOf(RSAPrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("linkage.auth.signing-key.public-key is required for this private key");
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the signing public key", e);
        }
    }

    private static InputStream open(String pemOrLocation, ResourceLoader resources) throws IOException {
        String value = pemOrLocation.strip();
        if (value.startsWith("-----BEGIN")) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII));
        }
        return resources.getResource(value).getInputStream();
    }
}
