package org.linkage.organization.demo;

import org.junit.jupiter.api.Test;
import org.linkage.organization.member.Member;
import org.linkage.organization.org.Org;
import org.linkage.organization.unit.Unit;
import org.linkage.organization.user.User;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.test.WithRealStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./linkage up --demo}: the demo district is there, whole, and its users can log in. */
@SpringBootTest(properties = "linkage.demo.enabled=true")
@AutoConfigureWebTestClient
@WithRealStack(database = "organization-demo")
class DemoDistrictIT {

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    WebTestClient http;
    @Autowired
    DemoDistrict demo;

    @Test
    void theDemoDistrictIsLoadedOnceWithItsUnitsMembersAndUsers() {
        assertThat(count(Org.class, Criteria.where("tier").is(OrgTier.COMMUNITY))).isEqualTo(100);
        assertThat(count(Org.class, Criteria.where("tier").is(OrgTier.STREET))).isEqualTo(10);
        assertThat(count(Org.class, Criteria.where("kind").is("DEPARTMENT"))).isEqualTo(3);
        assertThat(count(Unit.class, new Criteria())).isEqualTo(50);
        assertThat(count(Member.class, new Criteria())).isEqualTo(200);
        assertThat(count(User.class, Criteria.where("username").is("community-10-10"))).isEqualTo(1);

        demo.load();

        assertThat(count(Org.class, Criteria.where("tier").is(OrgTier.COMMUNITY))).as("a second load adds nothing").isEqualTo(100);
    }

    @Test
    void aDemoCommunityOfficerLogsInWithTheDocumentedPassword() {
        http.post().uri("/api/auth/token").bodyValue(Map.of("username", "community-01-01", "password", "linkage-demo"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.access_token").isNotEmpty();
    }

    private long count(Class<?> type, Criteria criteria) {
        return mongo.count(Query.query(criteria), type).block();
    }
}
