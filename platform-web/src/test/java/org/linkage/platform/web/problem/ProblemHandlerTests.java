package org.linkage.platform.web.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.linkage.platform.web.security.WebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/** Bad input is a 4xx problem+json naming the field; never a 500. */
@WebFluxTest(controllers = ProblemHandlerTests.EchoController.class,
        properties = {"linkage.security.jwks-uri=http://localhost:1/jwks", "spring.test.webtestclient.timeout=PT30S"})
@Import({ProblemHandler.class, ProblemHandlerTests.EchoController.class})
@ImportAutoConfiguration(WebSecurityAutoConfiguration.class)
class ProblemHandlerTests {

    @Autowired
    WebTestClient http;

    @Test
    void aBeanValidationFailureNamesEveryField() {
        post(Map.of("name", "", "tags", List.of()))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[?(@.field == 'name')]").exists();
    }

    @Test
    void anUnknownFieldIsNamed() {
        post(Map.of("name", "ok", "colour", "red"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("colour");
    }

    @Test
    void aWrongTypeNamesItsPath() {
        post(Map.of("name", "ok", "count", "many"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("count");
    }

    @Test
    void malformedJsonIsA400() {
        http.mutateWith(mockJwt()).post().uri("/echo").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aDomainRefusalKeepsItsStatusAndProperties() {
        post(Map.of("name", "clash"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentState").isEqualTo("APPROVED");
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        http.post().uri("/echo").bodyValue(Map.of("name", "x")).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec post(Map<String, Object> body) {
        return http.mutateWith(mockJwt()).post().uri("/echo").bodyValue(body).exchange();
    }

    record Echo(@NotBlank @Size(max = 5) String name, Integer count, List<String> tags) {
    }

    @RestController
    static class EchoController {
        @PostMapping("/echo")
        Mono<Echo> echo(@Valid @RequestBody Echo echo) {
            if ("clash".equals(echo.name())) {
                return Mono.error(ApiException.conflict("already approved", Map.of("currentState", "APPROVED")));
            }
            return Mono.just(echo);
        }
    }
}
