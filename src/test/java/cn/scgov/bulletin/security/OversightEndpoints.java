package cn.scgov.bulletin.security;

import static cn.scgov.bulletin.security.EndpointMatrix.EVERYONE;
import static cn.scgov.bulletin.security.EndpointMatrix.OFFICE;
import static cn.scgov.bulletin.security.EndpointMatrix.call;

import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.security.EndpointMatrix.Call;
import cn.scgov.bulletin.security.EndpointMatrix.Fixture;

/** The matrix's rows for work and oversight: the inbox and task operations, audit, dashboards, incidents, archive. */
final class OversightEndpoints {

    private OversightEndpoints() {
    }

    static List<Call> calls(Fixture f) {
        long b = f.bulletin();
        String issue = "/api/issues/" + f.issue();
        String task = "/api/tasks/" + f.task();
        return List.of(
                // audit: the whole log for the auditor, an issue's history for the office
                call("GET", "/api/audit/log").answers(200, "auditor"),
                call("GET", "/api/audit/log.csv").accept("text/csv").answers(200, "auditor"),
                call("GET", issue + "/timeline").answers(200, OFFICE),
                call("GET", issue + "/log").answers(200, OFFICE),
                call("GET", issue + "/diagram").answers(200, OFFICE),
                call("GET", issue + "/diagram.png").accept("image/png").answers(200, OFFICE),
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
                call("POST", task + "/claim").answers(204, "gat"),
                call("POST", task + "/unclaim").answers(204, "gat"),
                // bulk claim for everyone who can be offered tasks; the unknown task is that item's 404
                call("POST", "/api/tasks/bulk-claim").body(() -> Map.of("taskIds", List.of("no-such-task")))
                        .answers(200, "gat", "jtyst", "bmj", "editor", "reviewer", "leader"),
                call("POST", task + "/transfer").body(() -> Map.of("username", "jtyst")).answers(400, "gat"),
                call("POST", task + "/delegate").body(() -> Map.of("username", "jtyst")).answers(400, "gat"),
                call("POST", task + "/reclaim").answers(409, "gat"),
                call("POST", task + "/resolve").body(() -> Map.of("opinion", "已办理")).answers(409, "gat"),
                call("POST", task + "/reassign").body(() -> Map.of("username", "jtyst", "reason", "休假"))
                        .answers(400, "sysadmin"),
                call("GET", "/api/admin/tasks").answers(200, "sysadmin"),
                // incidents: failed and dead-letter jobs, for the system administrator only
                call("GET", "/api/admin/incidents").answers(200, "sysadmin"),
                call("GET", "/api/admin/incidents/987654/stacktrace").answers(404, "sysadmin"),
                call("POST", "/api/admin/incidents/987654/retry").answers(404, "sysadmin"),
                call("POST", "/api/admin/incidents/retry-all").answers(200, "sysadmin"),
                // archive search: whoever reads issues (which ones is IssueAccess's answer), not the administrators
                call("GET", "/api/archive/search?q=%E7%AA%97%E5%8F%A3").answers(200, "gat", "jtyst", "bmj", "editor",
                        "reviewer", "leader", "recipient", "auditor"));
    }
}
