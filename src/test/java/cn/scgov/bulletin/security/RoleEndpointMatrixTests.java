package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every API endpoint against every role: the roles entitled get past authorisation (any answer but
 * 401/403), all others get 403, and nobody unauthenticated gets anything but 401.
 */
class RoleEndpointMatrixTests extends ApiTestSupport {

    /** One demo account per role. */
    private static final Map<Role, String> ACCOUNTS = Map.of(Role.SUBMITTER, "gat", Role.EDITOR, "editor",
            Role.REVIEWER, "reviewer", Role.LEADER, "leader", Role.RECIPIENT, "recipient", Role.SYSADMIN, "sysadmin",
            Role.SECADMIN, "secadmin", Role.AUDITOR, "auditor");
    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> READERS = EnumSet.of(Role.EDITOR, Role.REVIEWER, Role.LEADER, Role.AUDITOR);
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private record Call(String method, String path, Supplier<Object> body, Set<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsExactlyWhatItIsEntitledTo() {
        Bulletin bulletin = newBulletin(TestBulletins.small());
        Issue issue = open(bulletin, LocalDate.of(2026, 10, 5));
        long gatContribution = contributionOf(issue, "gat").id();
        long figures = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("figures")).findFirst()
                .orElseThrow().id();
        String gatDraftTask = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).taskCategory("gat").singleResult().getId();
        long issueId = issue.id();
        long bulletinId = bulletin.id();

        List<Call> calls = List.of(
                new Call("GET", "/api/me", null, ALL),
                new Call("GET", "/api/departments", null, ALL),
                new Call("POST", "/api/departments", () -> Map.of("code", "test-" + UNIQUE.incrementAndGet(),
                        "name", "测试部门" + UNIQUE.get(), "kind", "WINDOW"), EnumSet.of(Role.SYSADMIN)),
                new Call("GET", "/api/users", null, EnumSet.of(Role.SYSADMIN, Role.SECADMIN)),
                new Call("POST", "/api/users/gat2/unlock", null, EnumSet.of(Role.SECADMIN)),
                new Call("PUT", "/api/users/gat2/roles", () -> Map.of("roles", List.of("SUBMITTER"), "version", 999),
                        EnumSet.of(Role.SECADMIN)),
                new Call("GET", "/api/bulletins", null, ALL),
                new Call("PUT", "/api/bulletins/" + bulletinId, () -> Map.of("definition", TestBulletins.small(),
                        "active", true, "version", 999), EnumSet.of(Role.SYSADMIN)),
                new Call("PUT", "/api/bulletins/" + bulletinId + "/opening-figures/2026",
                        () -> Map.of("figures.consultations", 1), EnumSet.of(Role.EDITOR)),
                new Call("POST", "/api/issues", () -> Map.of("bulletinId", bulletinId, "periodStart", "2026-10-05",
                        "periodEnd", "2026-10-09", "deadline", "2099-01-01T17:00:00"), EnumSet.of(Role.EDITOR)),
                new Call("GET", "/api/issues/" + issueId, null, union(READERS, Role.SUBMITTER)),
                new Call("GET", "/api/issues/" + issueId + "/outline", null, union(READERS, Role.SUBMITTER)),
                new Call("GET", "/api/issues/" + issueId + "/contributions", null, READERS),
                new Call("GET", "/api/issues/" + issueId + "/contributions/mine", null, EnumSet.of(Role.SUBMITTER)),
                new Call("GET", "/api/contributions/" + gatContribution, null, union(READERS, Role.SUBMITTER)),
                new Call("PUT", "/api/contributions/" + gatContribution + "/items", () -> Map.of("version", 999,
                        "items", List.of()), EnumSet.of(Role.SUBMITTER)),
                new Call("POST", "/api/contributions/" + gatContribution + "/review", () -> Map.of("version", 0,
                        "decision", "ACCEPT"), EnumSet.of(Role.EDITOR)),
                new Call("POST", "/api/contributions/" + gatContribution + "/urge", () -> Map.of("message", "请尽快报送"),
                        EnumSet.of(Role.EDITOR)),
                new Call("GET", "/api/issues/" + issueId + "/compilation", null, union(READERS, Role.SUBMITTER)),
                new Call("PUT", "/api/issues/" + issueId + "/sections/" + figures + "/statistics",
                        () -> Map.of("values", Map.of("consultations", 1)), EnumSet.of(Role.EDITOR)),
                new Call("POST", "/api/issues/" + issueId + "/send-to-signoff", null, EnumSet.of(Role.EDITOR)),
                new Call("POST", "/api/issues/" + issueId + "/signoff", () -> Map.of("decision", "APPROVE"),
                        EnumSet.of(Role.REVIEWER, Role.LEADER)),
                new Call("GET", "/api/issues/" + issueId + "/timeline", null, READERS),
                new Call("GET", "/api/issues/" + issueId + "/diagram", null, READERS),
                new Call("GET", "/api/audit/log", null, EnumSet.of(Role.AUDITOR)),
                new Call("GET", "/api/audit/log.csv", null, EnumSet.of(Role.AUDITOR)),
                new Call("GET", "/api/inbox", null, ALL),
                new Call("POST", "/api/tasks/" + gatDraftTask + "/claim", null, EnumSet.of(Role.SUBMITTER)),
                new Call("GET", "/api/deliveries", null, ALL),
                new Call("GET", "/api/notices", null, ALL));

        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : calls) {
            tests.add(DynamicTest.dynamicTest(call + " without credentials → 401", () ->
                    assertThat(send(anonymous(), call).status()).isEqualTo(401)));
            for (Role role : Role.values()) {
                boolean allowed = call.allowed().contains(role);
                tests.add(DynamicTest.dynamicTest(call + " as " + role + (allowed ? " → allowed" : " → 403"), () -> {
                    ApiClient.Response response = send(api(ACCOUNTS.get(role)), call);
                    if (allowed) {
                        assertThat(response.status()).as(response.toString()).isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertThat(response.status()).as(response.toString()).isEqualTo(403);
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static ApiClient.Response send(ApiClient client, Call call) {
        Object body = call.body() == null ? null : call.body().get();
        return switch (call.method()) {
            case "GET" -> client.get(call.path());
            case "POST" -> client.post(call.path(), body);
            case "PUT" -> client.put(call.path(), body);
            default -> throw new IllegalArgumentException(call.method());
        };
    }

    private static Set<Role> union(Set<Role> roles, Role more) {
        Set<Role> union = EnumSet.copyOf(roles);
        union.add(more);
        return union;
    }
}
