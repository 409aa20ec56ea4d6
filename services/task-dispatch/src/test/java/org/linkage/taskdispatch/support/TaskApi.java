package org.linkage.taskdispatch.support;

import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The task-dispatch API as the tests drive it. */
@SuppressWarnings("unchecked")
public final class TaskApi {

    public static final Instant DUE = Instant.now().plus(Duration.ofDays(7));

    private final WebTestClient http;

    public TaskApi(WebTestClient http) {
        this.http = http;
    }

    /** A valid task body, due in a week, to adjust per test. */
    public static Map<String, Object> task(String mode, String scope, String... targetOrgIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "汛前安全隐患排查");
        body.put("body", "请对辖区内地下空间、老旧房屋开展一次全面排查，建立台账，限期整改。");
        body.put("category", "SAFETY");
        body.put("priority", "HIGH");
        body.put("mode", mode);
        body.put("scope", scope);
        body.put("targetOrgIds", List.of(targetOrgIds));
        body.put("receiptDueAt", Instant.now().plus(Duration.ofDays(1)).toString());
        body.put("dueAt", DUE.toString());
        return body;
    }

    /** Issues the task and expects it OPEN at once. */
    public Map<String, Object> issue(JwtMutator caller, Map<String, Object> body) {
        return http.mutateWith(caller).post().uri("/api/tasks").bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    public WebTestClient.ResponseSpec post(JwtMutator caller, String uri, Object body, Object... variables) {
        var request = http.mutateWith(caller).post().uri(uri, variables);
        return body == null ? request.exchange() : request.bodyValue(body).exchange();
    }

    public Map<String, Object> get(JwtMutator caller, String uri, Object... variables) {
        return http.mutateWith(caller).get().uri(uri, variables).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Expects the caller to be told it does not exist (outside its scope). */
    public void expectNotFound(JwtMutator caller, String uri, Object... variables) {
        http.mutateWith(caller).get().uri(uri, variables).exchange().expectStatus().isNotFound();
    }

    public List<Map<String, Object>> getList(JwtMutator caller, String uri, Object... variables) {
        return http.mutateWith(caller).get().uri(uri, variables).exchange()
                .expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(item -> (Map<String, Object>) item).toList();
    }

    /**
     * One level of a task's tree as the caller sees it (the top of its view, or the children of
     * {@code parentId}), awaited until the read model holds {@code expected} nodes there.
     */
    public List<Map<String, Object>> treeLevel(JwtMutator caller, String taskId, String parentId, int expected) {
        Object[] variables = parentId == null ? new Object[] {taskId} : new Object[] {taskId, parentId};
        String uri = parentId == null ? "/api/tasks/{id}/tree" : "/api/tasks/{id}/tree?parentId={parent}";
        return Eventually.await(() -> (List<Map<String, Object>>) get(caller, uri, variables).get("items"),
                items -> items.size() == expected);
    }

    /** Receives and reports, as the assignee. */
    public void receiveAndReport(JwtMutator assignee, String assignmentId) {
        post(assignee, "/api/assignments/{id}/receive", null, assignmentId).expectStatus().isOk();
        post(assignee, "/api/assignments/{id}/report", Map.of("summary", "已排查完毕，发现隐患2处，均已整改。"), assignmentId)
                .expectStatus().isOk();
    }

    public void approve(JwtMutator reviewer, String assignmentId) {
        post(reviewer, "/api/assignments/{id}/approve", Map.of("comment", "同意"), assignmentId)
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("APPROVED");
    }

    public String stateOf(JwtMutator caller, String assignmentId) {
        return (String) get(caller, "/api/assignments/{id}", assignmentId).get("state");
    }

    /** The ids on an organisation's to-do list, with their state, as the organisation's officer sees it. */
    public Map<String, String> todo(JwtMutator officer) {
        Map<String, String> states = new HashMap<>();
        List<Map<String, Object>> items = (List<Map<String, Object>>) get(officer, "/api/assignments").get("items");
        items.forEach(item -> states.put((String) item.get("assignmentId"), (String) item.get("state")));
        return states;
    }
}
