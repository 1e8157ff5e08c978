package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every REST endpoint × every role × department, with the exact status each caller gets (issue 9, point 2).
 * The callers: a submitter of a department contributing to the issue (gat, whose contribution and task the
 * calls name), a submitter of another contributing department (jtyst), a submitter of a department that
 * does not contribute (bmj), the editor, reviewer, leader and auditor, a recipient the issue was not
 * delivered to, the system and security administrators, and nobody logged in (always 401). Calls that
 * would change something are made so that the entitled caller gets a definite answer (a stale version
 * is a 409, an unknown id a 404); everybody else gets 403, as a problem detail.
 */
// Its own application: its thousand calls leave a queue of jobs (openings, notices, freezes) that, on top of
// what earlier classes left in the shared application, took longer than a test's wait to drain in CI.
@org.springframework.test.context.TestPropertySource(properties = "bulletin.test.context=role-endpoint-matrix")
class RoleEndpointMatrixTests extends ApiTestSupport {

    private static final List<String> CALLERS = List.of("gat", "jtyst", "bmj", "editor", "reviewer", "leader",
            "recipient", "sysadmin", "secadmin", "auditor");
    private static final String[] OFFICE = {"editor", "reviewer", "leader", "auditor"};
    private static final String[] EVERYONE = CALLERS.toArray(String[]::new);
    private static final String[] APPROVERS = {"reviewer", "leader"};
    private static final String[] ADMINISTRATORS = {"sysadmin", "secadmin"};
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    CredentialRequests credentialRequests;

    @Autowired
    Credentials credentials;

    @Autowired
    cn.scgov.bulletin.attachment.AttachmentService attachments;

    /** One call and the status each caller gets (403 unless named). */
    private static final class Call {
        final String method;
        final String path;
        Supplier<Object> body;
        String accept;
        String rawType;
        String rawBody;
        final Map<String, Integer> expected = new LinkedHashMap<>();

        Call(String method, String path) {
            this.method = method;
            this.path = path;
            CALLERS.forEach(caller -> expected.put(caller, 403));
        }

        Call body(Supplier<Object> supplier) {
            this.body = supplier;
            return this;
        }

        Call multipart(String fileName, String content) {
            String boundary = "matrixBoundary";
            this.rawType = "multipart/form-data; boundary=" + boundary;
            this.rawBody = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
            return this;
        }

        Call accept(String type) {
            this.accept = type;
            return this;
        }

        Call answers(int status, String... callers) {
            for (String caller : callers) {
                expected.put(caller, status);
            }
            return this;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Call call(String method, String path) {
        return new Call(method, path);
    }

    private static String[] office(String... more) {
        List<String> callers = new ArrayList<>(List.of(OFFICE));
        callers.addAll(List.of(more));
        return callers.toArray(String[]::new);
    }

    @TestFactory
    Stream<DynamicTest> eachCallerGetsExactlyWhatItsRoleAndDepartmentAllow() {
        Bulletin bulletin = newBulletin(TestBulletins.small());
        Issue issue = open(bulletin, LocalDate.of(2026, 10, 5));
        Issue other = open(bulletin, LocalDate.of(2026, 10, 12));
        long contribution = contributionOf(issue, "gat").id();
        long news = section(issue, "news");
        long figures = section(issue, "figures");
        long inspection = section(issue, "inspection");
        String task = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).taskCategory("gat").singleResult().getId();
        String account = "matrix" + System.nanoTime() % 100000;
        new Accounts(administration, credentialRequests, credentials, directory)
                .create(account, "矩阵测试", "zjt", EnumSet.of(Role.SUBMITTER), "Matrix#2030");
        long i = issue.id();
        long b = bulletin.id();
        String c = "/api/contributions/" + contribution;
        long attachment = attachments.upload(user("gat"), contribution, "矩阵.pdf",
                cn.scgov.bulletin.attachment.TestFiles.pdf()).id();

        List<Call> calls = List.of(
                // the caller
                call("GET", "/api/me").answers(200, EVERYONE),
                call("POST", "/api/me/password").body(() -> Map.of("currentPassword", "not-it", "newPassword", "Another#2031"))
                        .answers(400, EVERYONE),
                // directory: the system administrator keeps departments and accounts, the security administrator roles and locks
                call("GET", "/api/departments").answers(200, EVERYONE),
                call("POST", "/api/departments").body(() -> Map.of("code", "mx-" + UNIQUE.incrementAndGet(),
                        "name", "矩阵部门" + UNIQUE.get(), "kind", "WINDOW")).answers(201, "sysadmin"),
                call("PUT", "/api/departments/gat").body(() -> Map.of("code", "gat", "name", "公安厅", "kind", "WINDOW",
                        "version", 999)).answers(409, "sysadmin"),
                call("GET", "/api/users").answers(200, ADMINISTRATORS),
                call("GET", "/api/users/" + account).answers(200, ADMINISTRATORS),
                call("POST", "/api/users").body(() -> Map.of("username", "mxu" + UNIQUE.incrementAndGet(),
                        "displayName", "矩阵用户", "departmentCode", "gat")).answers(201, "sysadmin"),
                call("PUT", "/api/users/" + account).body(() -> Map.of("displayName", "矩阵测试", "departmentCode", "zjt",
                        "enabled", true, "version", 999)).answers(409, "sysadmin"),
                call("POST", "/api/users/" + account + "/password-reset").answers(202, "sysadmin"),
                call("GET", "/api/users/" + account + "/password-reset").answers(200, ADMINISTRATORS),
                call("GET", "/api/password-requests").answers(200, ADMINISTRATORS),
                call("POST", "/api/users/" + account + "/password-reset/confirm").answers(200, "secadmin"),
                call("POST", "/api/users/" + account + "/password-reset/cancel").answers(409, ADMINISTRATORS),
                call("PUT", "/api/users/" + account + "/roles").body(() -> Map.of("roles", List.of("SUBMITTER"),
                        "version", 999)).answers(409, "secadmin"),
                call("POST", "/api/users/" + account + "/lock").answers(200, "secadmin"),
                call("POST", "/api/users/" + account + "/unlock").answers(200, "secadmin"),
                // bulletins: definitions for everyone logged in, changes by the system administrator, figures for the office
                call("GET", "/api/bulletins").answers(200, EVERYONE),
                call("GET", "/api/bulletins/" + b).answers(200, EVERYONE),
                call("POST", "/api/bulletins").body(() -> Map.of("code", "mx-" + UNIQUE.incrementAndGet(),
                        "definition", TestBulletins.small())).answers(201, "sysadmin"),
                call("PUT", "/api/bulletins/" + b).body(() -> Map.of("definition", TestBulletins.small(), "active", true,
                        "version", 999)).answers(409, "sysadmin"),
                call("GET", "/api/bulletins/" + b + "/opening-figures/2026").answers(200, OFFICE),
                call("PUT", "/api/bulletins/" + b + "/opening-figures/2026").body(() -> Map.of("figures.consultations", 1))
                        .answers(200, "editor"),
                call("GET", "/api/bulletins/" + b + "/next-issue").answers(200, "editor"),
                // issues
                call("POST", "/api/issues").body(() -> Map.of("bulletinId", b, "periodStart", "2026-10-05",
                        "periodEnd", "2026-10-09", "deadline", LocalDate.now().plusMonths(1) + "T17:00:00"))
                        .answers(409, "editor"),
                call("GET", "/api/issues").answers(200, EVERYONE),
                call("GET", "/api/issues/" + i).answers(200, office("gat", "jtyst")),
                call("GET", "/api/issues/" + i + "/outline").answers(200, office("gat", "jtyst")),
                call("GET", "/api/issues/" + i + "/colophon").answers(200, office("gat", "jtyst")),
                call("PUT", "/api/issues/" + other.id() + "/print-copies").body(() -> Map.of("copies", 50, "version", 999))
                        .answers(409, "editor"),
                call("POST", "/api/issues/" + other.id() + "/close-collection").answers(200, "editor"),
                call("POST", "/api/issues/" + other.id() + "/cancel").body(() -> Map.of("reason", "矩阵测试作废"))
                        .answers(200, "editor"),
                // contributions: a department's own, and every department's for the office
                call("GET", "/api/issues/" + i + "/contributions").answers(200, OFFICE),
                call("GET", "/api/issues/" + i + "/contributions/mine").answers(200, "gat", "jtyst").answers(404, "bmj"),
                call("GET", c).answers(200, office("gat")),
                call("GET", c + "/revisions").answers(200, office("gat")),
                call("GET", c + "/revisions/1/diff/2").answers(404, office("gat")),
                call("PUT", c + "/items").body(() -> Map.of("version", 999, "items", List.of())).answers(409, "gat"),
                call("POST", c + "/submit").body(() -> Map.of("version", 999, "items", List.of())).answers(400, "gat"),
                call("POST", c + "/nothing-to-report").body(() -> Map.of("version", 999)).answers(409, "gat"),
                call("POST", c + "/withdraw").body(() -> Map.of("version", 999)).answers(409, "gat"),
                call("POST", c + "/review").body(() -> Map.of("version", 999, "decision", "ACCEPT")).answers(409, "editor"),
                call("POST", c + "/urge").body(() -> Map.of("message", "请尽快报送")).answers(200, "editor"),
                // bulk work answers 200 with each item's own status; a stale version is that item's 409
                call("POST", "/api/contributions/bulk-accept").body(() -> Map.of("contributions",
                        List.of(Map.of("id", contribution, "version", 999)))).answers(200, "editor"),
                // discussion: a contribution's thread for its readers (the auditor only reads); the issue's while in sign-off
                call("GET", c + "/comments").answers(200, office("gat")),
                call("POST", c + "/comments").body(() -> Map.of("text", "矩阵讨论")).answers(201, "gat", "editor",
                        "reviewer", "leader"),
                call("GET", "/api/issues/" + i + "/comments").answers(200, OFFICE),
                call("POST", "/api/issues/" + i + "/comments").body(() -> Map.of("text", "矩阵讨论"))
                        .answers(409, "editor", "reviewer", "leader"),
                // 退回部门修改 only while compiling: the issue here is still collecting
                call("POST", c + "/return-from-compilation").body(() -> Map.of("opinion", "请核实"))
                        .answers(409, "editor"),
                // attachments: read as the contribution, added by its department and the editor (a text is no accepted file)
                call("GET", c + "/attachments").answers(200, office("gat")),
                call("POST", c + "/attachments").multipart("说明.pdf", "not a pdf").answers(400, "gat", "editor"),
                call("GET", "/api/attachments/" + attachment).accept("*/*").answers(200, office("gat")),
                call("GET", "/api/attachments/" + attachment + "/image").accept("*/*").answers(409, office("gat")),
                call("DELETE", "/api/attachments/987654").answers(404, EVERYONE),
                call("GET", "/api/issues/" + i + "/figures").answers(200, OFFICE),
                call("PUT", "/api/issues/" + i + "/items/987654/image").body(() -> Map.of("attachmentId", attachment))
                        .answers(404, "editor"),
                call("DELETE", "/api/issues/" + i + "/items/987654/image").answers(404, "editor"),
                // the compilation: the office reads it, the editor changes it (and may prepare it while collecting)
                call("GET", "/api/issues/" + i + "/compilation").answers(200, OFFICE),
                call("GET", "/api/issues/" + i + "/items/987654/revisions").answers(404, OFFICE),
                call("GET", "/api/issues/" + i + "/items/987654/revisions/1/diff/2").answers(404, OFFICE),
                call("POST", "/api/issues/" + i + "/sections/" + news + "/items").body(() -> Map.of("text", "编辑条目"))
                        .answers(201, "editor"),
                call("PUT", "/api/issues/" + i + "/items/987654").body(() -> Map.of("text", "改", "version", 0))
                        .answers(404, "editor"),
                call("DELETE", "/api/issues/" + i + "/items/987654?version=0").answers(404, "editor"),
                call("PUT", "/api/issues/" + i + "/sections/" + news + "/order").body(() -> Map.of("itemIds", List.of()))
                        .answers(400, "editor"),
                call("PUT", "/api/issues/" + i + "/sections/" + figures + "/statistics")
                        .body(() -> Map.of("values", Map.of("consultations", 1))).answers(200, "editor"),
                call("PUT", "/api/issues/" + i + "/sections/" + inspection + "/checklist")
                        .body(() -> Map.of("findings", List.of("总体情况良好。", "总体情况良好。"))).answers(200, "editor"),
                call("PUT", "/api/issues/" + i + "/sections/" + news + "/intro").body(() -> Map.of("text", "导语"))
                        .answers(204, "editor"),
                call("POST", "/api/issues/" + i + "/send-to-signoff").answers(409, "editor"),
                // sign-off: the office reads the chain, approvers decide (not yet: the issue is collecting)
                call("GET", "/api/issues/" + i + "/signoff").answers(200, OFFICE),
                call("POST", "/api/issues/" + i + "/signoff").body(() -> Map.of("decision", "APPROVE")).answers(409, APPROVERS),
                call("POST", "/api/issues/" + i + "/signoff/signers").body(() -> Map.of("username", "leader2"))
                        .answers(409, APPROVERS),
                call("POST", "/api/issues/" + i + "/signoff/signers").body(() -> Map.of("username", "leader2", "before", true))
                        .answers(409, APPROVERS),
                call("DELETE", "/api/issues/" + i + "/signoff/signers/0").answers(409, APPROVERS),
                call("POST", "/api/issues/" + i + "/signoff").body(() -> Map.of("decision", "RETURN", "opinion", "退回",
                        "returnToStep", 0)).answers(409, APPROVERS),
                call("POST", "/api/issues/" + i + "/signoff/withdraw").answers(409, APPROVERS),
                call("POST", "/api/issues/" + i + "/signoff/withdraw-sending").answers(409, "editor"),
                call("POST", "/api/issues/" + i + "/signoff/urge").body(() -> Map.of("message", "请尽快审签"))
                        .answers(409, "editor"),
                call("GET", "/api/issues/" + i + "/signoff/urges").answers(200, OFFICE),
                call("GET", "/api/bulletins/" + b + "/signoff-rules").answers(200, office("sysadmin")),
                call("PUT", "/api/bulletins/" + b + "/signoff-rules").body(() -> Map.of("maxAddedSigners", 2,
                        "leadersOnlyLastStep", true, "stepDueHours", 24, "version", 999)).answers(409, "sysadmin"),
                call("POST", "/api/issues/" + i + "/recipients/urge").body(() -> Map.of()).answers(409, "editor"),
                // copies (抄送): editors and approvers in the chain copy an issue in progress (this one is collecting);
                // who was copied is part of its history; one's own copies
                call("POST", "/api/issues/" + i + "/cc").body(() -> Map.of("usernames", List.of("recipient2")))
                        .answers(409, "editor"),
                call("GET", "/api/issues/" + i + "/cc").answers(200, OFFICE),
                call("GET", "/api/cc").answers(200, EVERYONE),
                call("GET", "/api/cc?unread=true").answers(200, EVERYONE),
                call("POST", "/api/cc/987654/read").answers(404, EVERYONE),
                // distribution: one's own deliveries; receipts for the office; nothing delivered yet
                call("GET", "/api/deliveries").answers(200, EVERYONE),
                call("POST", "/api/issues/" + i + "/acknowledge"),
                // anyone but the three administrators may hold deliveries: the answer is per issue (here 403 for
                // each: nothing delivered); the administrators are refused as a whole
                call("POST", "/api/deliveries/bulk-acknowledge").body(() -> Map.of("issueIds", List.of(i)))
                        .answers(200, "gat", "jtyst", "bmj", "editor", "reviewer", "leader", "recipient"),
                call("GET", "/api/issues/" + i + "/recipients").answers(200, OFFICE),
                // documents: drafts for the office only
                call("GET", "/api/issues/" + i + "/document.txt").accept("text/plain").answers(200, OFFICE),
                call("GET", "/api/issues/" + i + "/document.html").accept("text/html").answers(200, OFFICE),
                call("GET", "/api/issues/" + i + "/document.docx").accept("*/*").answers(200, OFFICE),
                call("GET", "/api/issues/" + i + "/document.exe").accept("*/*").answers(404, EVERYONE),
                // audit: the whole log for the auditor, an issue's history for the office
                call("GET", "/api/audit/log").answers(200, "auditor"),
                call("GET", "/api/audit/log.csv").accept("text/csv").answers(200, "auditor"),
                call("GET", "/api/issues/" + i + "/timeline").answers(200, OFFICE),
                call("GET", "/api/issues/" + i + "/log").answers(200, OFFICE),
                call("GET", "/api/issues/" + i + "/diagram").answers(200, OFFICE),
                call("GET", "/api/issues/" + i + "/diagram.png").accept("image/png").answers(200, OFFICE),
                // the timeliness dashboard: the office, approvers and auditors
                call("GET", "/api/dashboard/timeliness?bulletinId=" + b + "&year=2026").answers(200, OFFICE),
                call("GET", "/api/dashboard/timeliness/departments.csv?bulletinId=" + b).accept("text/csv").answers(200, OFFICE),
                call("GET", "/api/dashboard/timeliness/issues.csv?bulletinId=" + b).accept("text/csv").answers(200, OFFICE),
                call("GET", "/api/dashboard/timeliness.xlsx?bulletinId=" + b).accept("*/*").answers(200, OFFICE),
                call("GET", "/api/dashboard/late-departments?bulletinId=" + b).answers(200, OFFICE),
                call("GET", "/api/dashboard/late-departments.csv?bulletinId=" + b).accept("text/csv").answers(200, OFFICE),
                call("GET", "/api/dashboard/late-departments.xlsx?bulletinId=" + b).accept("*/*").answers(200, OFFICE),
                // the inbox and task operations: a department's draft task is its submitters'
                call("GET", "/api/inbox").answers(200, EVERYONE),
                call("GET", "/api/inbox/counts").answers(200, EVERYONE),
                call("POST", "/api/tasks/" + task + "/claim").answers(204, "gat"),
                call("POST", "/api/tasks/" + task + "/unclaim").answers(204, "gat"),
                // bulk claim for everyone who can be offered tasks; the unknown task is that item's 404
                call("POST", "/api/tasks/bulk-claim").body(() -> Map.of("taskIds", List.of("no-such-task")))
                        .answers(200, "gat", "jtyst", "bmj", "editor", "reviewer", "leader"),
                call("POST", "/api/tasks/" + task + "/transfer").body(() -> Map.of("username", "jtyst")).answers(400, "gat"),
                call("POST", "/api/tasks/" + task + "/delegate").body(() -> Map.of("username", "jtyst")).answers(400, "gat"),
                call("POST", "/api/tasks/" + task + "/reclaim").answers(409, "gat"),
                call("POST", "/api/tasks/" + task + "/resolve").body(() -> Map.of("opinion", "已办理")).answers(409, "gat"),
                call("POST", "/api/tasks/" + task + "/reassign").body(() -> Map.of("username", "jtyst", "reason", "休假"))
                        .answers(400, "sysadmin"),
                call("GET", "/api/admin/tasks").answers(200, "sysadmin"),
                // incidents: failed and dead-letter jobs, for the system administrator only
                call("GET", "/api/admin/incidents").answers(200, "sysadmin"),
                call("GET", "/api/admin/incidents/987654/stacktrace").answers(404, "sysadmin"),
                call("POST", "/api/admin/incidents/987654/retry").answers(404, "sysadmin"),
                call("POST", "/api/admin/incidents/retry-all").answers(200, "sysadmin"),
                // notices: one's own
                call("GET", "/api/notices").answers(200, EVERYONE),
                call("GET", "/api/notices/unread-count").answers(200, EVERYONE),
                call("POST", "/api/notices/987654/read").answers(404, EVERYONE),
                call("POST", "/api/notices/read-all").answers(204, EVERYONE),
                // archive search: whoever reads issues (which ones is IssueAccess's answer), not the administrators
                call("GET", "/api/archive/search?q=%E7%AA%97%E5%8F%A3").answers(200, "gat", "jtyst", "bmj", "editor",
                        "reviewer", "leader", "recipient", "auditor"),
                // saved filters: one's own; another's or an unknown one is a 404
                call("GET", "/api/saved-filters").answers(200, EVERYONE),
                call("POST", "/api/saved-filters").body(() -> Map.of("kind", "INBOX", "name", "矩阵" + UNIQUE.incrementAndGet(),
                        "parameters", Map.of("tab", "GROUP"))).answers(201, EVERYONE),
                call("GET", "/api/saved-filters/987654").answers(404, EVERYONE),
                call("DELETE", "/api/saved-filters/987654").answers(404, EVERYONE),
                // the API description
                call("GET", "/api/openapi").answers(200, EVERYONE));

        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : calls) {
            tests.add(DynamicTest.dynamicTest(call + " without credentials → 401", () ->
                    assertThat(send(anonymous(), call).status()).isEqualTo(401)));
            call.expected.forEach((caller, status) -> tests.add(DynamicTest.dynamicTest(call + " as " + caller + " → " + status,
                    () -> {
                        ApiClient.Response response = send(api(caller), call);
                        assertThat(response.status()).as(response.toString()).isEqualTo(status);
                        if (status >= 400) {
                            assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
                        }
                    })));
        }
        return tests.stream();
    }

    private long section(Issue issue, String key) {
        return issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().id();
    }

    private static ApiClient.Response send(ApiClient client, Call call) {
        Object body = call.body == null ? null : call.body.get();
        if (call.accept != null) {
            client.header("Accept", call.accept);
        }
        try {
            if (call.rawType != null) {
                return client.raw(call.method, call.path, call.rawType, call.rawBody);
            }
            return switch (call.method) {
                case "GET" -> client.get(call.path);
                case "POST" -> client.post(call.path, body);
                case "PUT" -> client.put(call.path, body);
                case "DELETE" -> client.delete(call.path);
                default -> throw new IllegalArgumentException(call.method);
            };
        } finally {
            client.header("Accept", "application/json");
        }
    }
}
