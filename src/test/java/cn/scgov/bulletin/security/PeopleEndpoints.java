package cn.scgov.bulletin.security;

import static cn.scgov.bulletin.security.EndpointMatrix.ADMINISTRATORS;
import static cn.scgov.bulletin.security.EndpointMatrix.EVERYONE;
import static cn.scgov.bulletin.security.EndpointMatrix.call;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.security.EndpointMatrix.Call;
import cn.scgov.bulletin.security.EndpointMatrix.Fixture;

/** The matrix's rows for people: the caller, departments and accounts, notices, saved filters, the API description. */
final class PeopleEndpoints {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private PeopleEndpoints() {
    }

    static List<Call> calls(Fixture f) {
        String user = "/api/users/" + f.account();
        return List.of(
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
                call("GET", user).answers(200, ADMINISTRATORS),
                call("POST", "/api/users").body(() -> Map.of("username", "mxu" + UNIQUE.incrementAndGet(),
                        "displayName", "矩阵用户", "departmentCode", "gat")).answers(201, "sysadmin"),
                call("PUT", user).body(() -> Map.of("displayName", "矩阵测试", "departmentCode", "zjt",
                        "enabled", true, "version", 999)).answers(409, "sysadmin"),
                call("POST", user + "/password-reset").answers(202, "sysadmin"),
                call("GET", user + "/password-reset").answers(200, ADMINISTRATORS),
                call("GET", "/api/password-requests").answers(200, ADMINISTRATORS),
                call("POST", user + "/password-reset/confirm").answers(200, "secadmin"),
                call("POST", user + "/password-reset/cancel").answers(409, ADMINISTRATORS),
                call("PUT", user + "/roles").body(() -> Map.of("roles", List.of("SUBMITTER"), "version", 999))
                        .answers(409, "secadmin"),
                call("POST", user + "/lock").answers(200, "secadmin"),
                call("POST", user + "/unlock").answers(200, "secadmin"),
                // notices: one's own, and how they reach one (a stale version is a 409)
                call("GET", "/api/notices").answers(200, EVERYONE),
                call("GET", "/api/notices/unread-count").answers(200, EVERYONE),
                call("POST", "/api/notices/987654/read").answers(404, EVERYONE),
                call("POST", "/api/notices/read-all").answers(204, EVERYONE),
                call("GET", "/api/me/notice-settings").answers(200, EVERYONE),
                call("PUT", "/api/me/notice-settings").body(() -> Map.of("mode", "APP", "version", 999))
                        .answers(409, EVERYONE),
                // notice templates and the mail outbox: the system administrator's
                call("GET", "/api/notice-templates").answers(200, "sysadmin"),
                call("GET", "/api/notice-templates/COPIED").answers(200, "sysadmin"),
                call("POST", "/api/notice-templates/COPIED/preview").body(() -> Map.of("subject", "{actor}抄送给您：{issue}",
                        "body", "{actor}将{issue}抄送给您阅知。{reason}")).answers(200, "sysadmin"),
                call("PUT", "/api/notice-templates/COPIED").body(() -> Map.of("subject", "{actor}抄送给您：{issue}",
                        "body", "{actor}将{issue}抄送给您阅知。{reason}", "version", 999)).answers(409, "sysadmin"),
                call("POST", "/api/notice-templates/COPIED/reset").body(() -> Map.of("version", 999))
                        .answers(409, "sysadmin"),
                call("GET", "/api/mail-outbox").answers(200, "sysadmin"),
                call("POST", "/api/mail-outbox/987654/retry").answers(404, "sysadmin"),
                // saved filters: one's own; another's or an unknown one is a 404
                call("GET", "/api/saved-filters").answers(200, EVERYONE),
                call("POST", "/api/saved-filters").body(() -> Map.of("kind", "INBOX", "name", "矩阵" + UNIQUE.incrementAndGet(),
                        "parameters", Map.of("tab", "GROUP"))).answers(201, EVERYONE),
                call("GET", "/api/saved-filters/987654").answers(404, EVERYONE),
                call("DELETE", "/api/saved-filters/987654").answers(404, EVERYONE),
                // the API description, for everyone logged in; /api/docs sends the browser on to its page
                call("GET", "/api/openapi").answers(200, EVERYONE),
                call("GET", "/api/openapi.yaml").accept("*/*").answers(200, EVERYONE),
                call("GET", "/api/openapi/swagger-config").answers(200, EVERYONE),
                call("GET", "/api/docs").accept("text/html").answers(302, EVERYONE));
    }
}
