package org.linkage.platform.messaging.testapp;

import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** State change and event in one insert, then the in-process relay: the pattern services follow. */
@RestController
class NoteController {

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final OutboxRelay relay;

    NoteController(ReactiveMongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
    }

    record NoteRequest(String id, String text) {
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Void> create(@RequestBody NoteRequest request) {
        return Mono.fromSupplier(() -> new Note(request.id(), request.text(),
                        List.of(outbox.envelope(TestEvents.issued(request.id(), request.text()), request.id()))))
                .flatMap(note -> mongo.insert(note, Note.COLLECTION))
                .flatMap(note -> relay.relay(Note.COLLECTION, note.id()));
    }

}
