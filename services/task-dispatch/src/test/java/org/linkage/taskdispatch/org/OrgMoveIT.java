package org.linkage.taskdispatch.org;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.org.UnitCategory;
import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree.TestOrg;
import org.linkage.taskdispatch.support.TestTree.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A community moved to another street takes its assignments, and its units', along; the old reviewer keeps reviewing. */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class OrgMoveIT extends DistrictTestSupport {

    @Autowired
    UnitDirectory units;

    @Test
    void assignmentsFollowAMovedCommunityToItsNewStreet() {
        plant(2, 1);
        TestOrg community = tree.community(0, 0);
        TestUnit school = tree.unit("school", "实验小学", UnitCategory.SCHOOL, community, units);
        var district = tree.district().officer();
        String taskId = (String) api.issue(district, TaskApi.task("DIRECT", "COMMUNITIES", community.id())).get("id");
        String unitTaskId = (String) api.issue(district, unitTask()).get("id");
        String assignment = taskId + ":" + community.id();
        String unitAssignment = unitTaskId + ":" + school.id();
        api.expectNotFound(tree.street(1).officer(), "/api/assignments/{id}", assignment);

        TestOrg moved = new TestOrg(community.id(), community.name(), community.tier(), community.kind(),
                tree.street(1).id(), List.of(tree.district().id(), tree.street(1).id()), community.local());
        tree.publish(moved, 2, false);
        Eventually.await(() -> directory.find(community.id()).block().path(), path -> path.contains(tree.street(1).id()));

        // the assignments follow before the directory copy changes, so they have moved by now
        Map<String, Object> seen = api.get(tree.street(1).officer(), "/api/assignments/{id}", assignment);
        assertThat(seen.get("assigneeOrgId")).isEqualTo(community.id());
        assertThat(api.stateOf(tree.street(1).officer(), unitAssignment)).as("its unit's work moved too").isEqualTo("ISSUED");
        assertThat(api.stateOf(tree.street(0).officer(), assignment)).as("the street that supervises it still sees it")
                .isEqualTo("ISSUED");
        api.expectNotFound(tree.street(0).officer(), "/api/assignments/{id}", unitAssignment);
    }

    private static Map<String, Object> unitTask() {
        Map<String, Object> body = TaskApi.task("DIRECT", "UNIT_CATEGORY");
        body.put("targetUnitCategory", "SCHOOL");
        return body;
    }
}
