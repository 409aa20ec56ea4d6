package org.linkage.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkage.e2e.support.Api;
import org.linkage.e2e.support.DistrictFixture;
import org.linkage.e2e.support.E2eStack;
import org.linkage.e2e.support.ServiceProcess;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkage.e2e.support.DistrictFixture.id;

/**
 * A hung organization service (SIGSTOP: sockets open, nothing answered) gives a quick 503
 * problem+json from the gateway, not a client stuck on a socket; when it resumes, so does the route.
 */
class HungServiceIT {

    static Api api;
    static DistrictFixture fixture;

    @BeforeAll
    static void platform() {
        api = new Api(E2eStack.get().gateway());
        fixture = new DistrictFixture(api);
    }

    @Test
    void aHungServiceGivesA503WithinItsTimeLimitAndTheGatewayRecovers() throws Exception {
        ServiceProcess organization = E2eStack.get().organization();
        api.get(fixture.districtToken, "/api/orgs/{id}", id(fixture.district)).expectStatus().isOk();

        organization.freeze();
        try {
            Instant asked = Instant.now();
            api.get(fixture.districtToken, "/api/orgs/{id}", id(fixture.district))
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            // the time limit is 3 s; far less than a client's own timeout, generous for a loaded CI machine
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(15));
        } finally {
            organization.thaw();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (status != 200 && Instant.now().isBefore(deadline)) {
            status = api.get(fixture.districtToken, "/api/orgs/{id}", id(fixture.district)).returnResult(String.class)
                    .getStatus().value();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("the route answers again once the service does").isEqualTo(200);
    }
}
