package org.linkage.platform.messaging.testapp;

import org.bson.Document;
import org.linkage.platform.messaging.intent.IntentApplier;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A many-document intent: writes {@code count} rows with deterministic ids (so applying twice is
 * harmless). The first attempt of an intent may "crash" after {@code crashAfter} rows.
 */
@Component
public class BulkRows implements IntentApplier<BulkRows.Payload> {

    public static final String KIND = "test.bulk-rows";
    public static final String COLLECTION = "bulk_rows";

    private final ReactiveMongoTemplate mongo;
    private final Set<String> crashed = ConcurrentHashMap.newKeySet();

    public BulkRows(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param crashAfter rows written before the first attempt fails; negative for no crash */
    public record Payload(int count, int crashAfter) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Payload> payloadType() {
        return Payload.class;
    }

    @Override
    public Mono<Void> apply(String intentId, Payload payload) {
        boolean crashThisTime = payload.crashAfter() >= 0 && crashed.add(intentId);
        return Flux.range(0, payload.count())
                .concatMap(i -> crashThisTime && i == payload.crashAfter()
                        ? Mono.error(new IllegalStateException("crashed after " + i + " rows"))
                        : mongo.save(new Document("_id", intentId + ":" + i).append("intentId", intentId), COLLECTION))
                .then();
    }
}
