package org.linkage.organization.auth;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;

/**
 * The local default signing key: an RSA pair generated once and kept in MongoDB, so tokens survive
 * restarts and every replica signs with the same key. Replicas starting together each try to insert
 * their own pair under one fixed id; one wins and all of them read back the winner.
 * The private key is stored in clear: for production, configure {@code linkage.auth.signing-key}.
 */
@Component
class SigningKeyStore {

    static final String COLLECTION = "signing_keys";
    static final String CURRENT = "current";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    SigningKeyStore(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Mono<KeyPair> currentOrCreate() {
        return mongo.findById(CURRENT, Document.class, COLLECTION)
                .switchIfEmpty(Mono.defer(this::insertNew))
                .map(SigningKeyStore::keyPair);
    }

    private Mono<Document> insertNew() {
        return Mono.fromCallable(SigningKeyStore::generate)
                .subscribeOn(Schedulers.boundedElastic())
                .map(pair -> new Document("_id", CURRENT)
                        .append("algorithm", "RSA")
                        .append("privateKey", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                        .append("publicKey", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
                        .append("createdAt", Date.from(clock.instant())))
                .flatMap(document -> mongo.insert(document, COLLECTION))
                .onErrorResume(DuplicateKeyException.class, lostTheRace -> mongo.findById(CURRENT, Document.class, COLLECTION));
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyPair keyPair(Document stored) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            var publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(stored.getString("publicKey"))));
            var privateKey = (RSAPrivateKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getString("privateKey"))));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key stored in " + COLLECTION + " is unreadable", e);
        }
    }
}
