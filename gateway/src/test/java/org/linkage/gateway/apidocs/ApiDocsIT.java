package org.linkage.gateway.apidocs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkage.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIT extends GatewayIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"organization", "task-dispatch", "notification", "appraisal"})
    void eachServicesDocumentIsServedThroughTheGatewayPointingAtIt(String service) {
        gateway.get().uri("/v3/api-docs/" + service)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo(service)
                .jsonPath("$.servers.length()").isEqualTo(1)
                .jsonPath("$.servers[0].url").isEqualTo("/");
    }

    @Test
    void swaggerUiListsEveryService() {
        gateway.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat(names.toString())
                        .contains("organization", "task-dispatch", "notification", "appraisal"));
        gateway.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        gateway.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
    }
}
