package org.linkage.organization.importing;

import org.linkage.platform.messaging.intent.Intent;
import org.linkage.platform.messaging.intent.IntentState;
import org.linkage.platform.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;

/** {@code POST /api/orgs/import}: a whole district tree as JSON or as CSV ({@code code,name,tier,parentCode}). */
@RestController
@RequestMapping("/api/orgs")
class ImportController {

    private final TreeImports imports;

    ImportController(TreeImports imports) {
        this.imports = imports;
    }

    /** Progress of an import: PENDING until every organisation is written. */
    record ImportView(String id, IntentState state, int organisations, int attempts, Instant createdAt, Instant completedAt) {

        static ImportView of(Intent intent) {
            return new ImportView(intent.id(), intent.state(), TreeImports.count(intent), intent.attempts(),
                    intent.createdAt(), intent.completedAt());
        }
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ImportView>> importJson(@RequestBody TreeImportRequest request) {
        return CurrentUser.get()
                .flatMap(actor -> imports.importTree(actor, request.nodes(), row -> "nodes[" + row + "]"))
                .map(ImportController::respond);
    }

    /** Errors name the file line, the header being line 1. */
    @PostMapping(path = "/import", consumes = "text/csv")
    Mono<ResponseEntity<ImportView>> importCsv(@RequestBody String csv) {
        return CurrentUser.get()
                .flatMap(actor -> Mono.fromCallable(() -> CsvTreeReader.read(csv))
                        .flatMap(rows -> imports.importTree(actor, rows.nodes(), row -> "line[" + rows.lines().get(row) + "]")))
                .map(ImportController::respond);
    }

    @GetMapping("/imports/{id}")
    Mono<ImportView> status(@PathVariable String id) {
        return imports.status(id).map(ImportView::of);
    }

    private static ResponseEntity<ImportView> respond(Intent intent) {
        HttpStatus status = intent.state() == IntentState.DONE ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).location(URI.create("/api/orgs/imports/" + intent.id())).body(ImportView.of(intent));
    }
}
