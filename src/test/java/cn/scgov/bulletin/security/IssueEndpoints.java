package cn.scgov.bulletin.security;

import static cn.scgov.bulletin.security.EndpointMatrix.EVERYONE;
import static cn.scgov.bulletin.security.EndpointMatrix.OFFICE;
import static cn.scgov.bulletin.security.EndpointMatrix.call;
import static cn.scgov.bulletin.security.EndpointMatrix.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.security.EndpointMatrix.Call;
import cn.scgov.bulletin.security.EndpointMatrix.Fixture;

/** The matrix's rows for issues and what departments contribute to them: contributions, discussion, attachments. */
final class IssueEndpoints {

    private IssueEndpoints() {
    }

    static List<Call> calls(Fixture f) {
        long b = f.bulletin();
        long i = f.issue();
        long other = f.otherIssue();
        String c = f.contributionPath();
        return List.of(
                // issues: the issue itself for the office and the departments contributing to it; changes by the editor
                call("POST", "/api/issues").body(() -> Map.of("bulletinId", b, "periodStart", "2026-10-05",
                        "periodEnd", "2026-10-09", "deadline", LocalDate.now().plusMonths(1) + "T17:00:00"))
                        .answers(409, "editor"),
                call("GET", "/api/issues").answers(200, EVERYONE),
                call("GET", "/api/issues/" + i).answers(200, office("gat", "jtyst")),
                call("GET", "/api/issues/" + i + "/outline").answers(200, office("gat", "jtyst")),
                call("GET", "/api/issues/" + i + "/colophon").answers(200, office("gat", "jtyst")),
                call("PUT", "/api/issues/" + other + "/print-copies").body(() -> Map.of("copies", 50, "version", 999))
                        .answers(409, "editor"),
                call("PUT", "/api/issues/" + other + "/period-line").body(() -> Map.of("printed", false, "version", 999))
                        .answers(409, "editor"),
                call("PUT", "/api/issues/" + other + "/issue-date").body(() -> Map.of("issueDate", "2026-10-20",
                        "version", 999)).answers(409, "editor"),
                call("POST", "/api/issues/" + other + "/close-collection").answers(200, "editor"),
                call("POST", "/api/issues/" + other + "/cancel").body(() -> Map.of("reason", "矩阵测试作废"))
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
                        List.of(Map.of("id", f.contribution(), "version", 999)))).answers(200, "editor"),
                // 退回部门修改 only while compiling: the issue here is still collecting
                call("POST", c + "/return-from-compilation").body(() -> Map.of("opinion", "请核实"))
                        .answers(409, "editor"),
                // discussion: a contribution's thread for its readers (the auditor only reads); the issue's while in sign-off
                call("GET", c + "/comments").answers(200, office("gat")),
                call("POST", c + "/comments").body(() -> Map.of("text", "矩阵讨论")).answers(201, "gat", "editor",
                        "reviewer", "leader"),
                call("GET", "/api/issues/" + i + "/comments").answers(200, OFFICE),
                call("POST", "/api/issues/" + i + "/comments").body(() -> Map.of("text", "矩阵讨论"))
                        .answers(409, "editor", "reviewer", "leader"),
                // attachments: read as the contribution, added by its department and the editor (a text is no accepted file)
                call("GET", c + "/attachments").answers(200, office("gat")),
                call("POST", c + "/attachments").multipart("说明.pdf", "application/pdf", "not a pdf")
                        .answers(400, "gat", "editor"),
                call("GET", "/api/attachments/" + f.attachment()).accept("*/*").answers(200, office("gat")),
                call("GET", "/api/attachments/" + f.attachment() + "/image").accept("*/*").answers(409, office("gat")),
                call("DELETE", "/api/attachments/987654").answers(404, EVERYONE));
    }
}
