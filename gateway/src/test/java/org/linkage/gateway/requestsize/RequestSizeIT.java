package org.linkage.gateway.requestsize;

import org.junit.jupiter.api.Test;
import org.linkage.gateway.support.GatewayIntegrationTest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeIT extends GatewayIntegrationTest {

    @Test
    void aBodyOverTheLimitGets413ProblemAndNeverReachesTheService() {
        String path = "/api/tasks/big-" + UUID.randomUUID();
        gateway.post().uri(path).headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[MAX_BODY + 1])
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
        assertThat(TASK_DISPATCH.hits(path)).isZero();
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutAt413() {
        String path = "/api/tasks/chunked-" + UUID.randomUUID();
        Flux<DataBuffer> chunks = Flux.range(0, 10).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[MAX_BODY / 8]));
        gateway.post().uri(path).headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(TASK_DISPATCH.hits(path)).isZero();
    }

    @Test
    void aChunkedBodyWithinTheLimitPasses() {
        String path = "/api/tasks/chunked-" + UUID.randomUUID();
        Flux<DataBuffer> chunks = Flux.range(0, 4).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[MAX_BODY / 8]));
        gateway.post().uri(path).headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(MAX_BODY / 2);
    }

    @Test
    void theOrganisationImportTakesLargerBodiesUpToItsOwnLimit() {
        gateway.post().uri("/api/orgs/import").headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[MAX_BODY * 2])
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(MAX_BODY * 2);

        gateway.post().uri("/api/orgs/import").headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[MAX_IMPORT_BODY + 1])
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }
}
