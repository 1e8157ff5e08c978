package cn.scgov.bulletin.security;

import static cn.scgov.bulletin.security.EndpointMatrix.EVERYONE;
import static cn.scgov.bulletin.security.EndpointMatrix.OFFICE;
import static cn.scgov.bulletin.security.EndpointMatrix.call;
import static cn.scgov.bulletin.security.EndpointMatrix.office;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.security.EndpointMatrix.Call;
import cn.scgov.bulletin.security.EndpointMatrix.Fixture;
import cn.scgov.bulletin.support.TestBulletins;

/** The matrix's rows for bulletins: definitions, opening figures, schedules and the workday calendar. */
final class BulletinEndpoints {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private BulletinEndpoints() {
    }

    static List<Call> calls(Fixture f) {
        long b = f.bulletin();
        String occurrences = "/api/bulletins/" + b + "/occurrences/";
        LocalDate moved = LocalDate.parse(f.moved());
        return List.of(
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
                // schedules: the office and the system administrator read them, the system administrator sets them
                // (a stale version is a 409), the editor skips, moves and restores single occurrences
                call("GET", "/api/bulletins/" + b + "/schedule").answers(200, office("sysadmin")),
                call("PUT", "/api/bulletins/" + b + "/schedule").body(() -> schedule(999)).answers(409, "sysadmin"),
                call("GET", "/api/bulletins/" + b + "/occurrences").answers(200, office("sysadmin")),
                call("POST", occurrences + f.skipped() + "/skip").body(() -> Map.of("reason", "矩阵测试不出期"))
                        .answers(200, "editor"),
                call("POST", occurrences + f.skipped() + "/restore").answers(200, "editor"),
                call("PUT", occurrences + f.moved()).body(() -> Map.of("opensAt", moved.plusDays(7) + "T09:00:00",
                        "deadline", moved.plusDays(9) + "T17:00:00", "confirm", true)).answers(200, "editor"),
                // sign-off rules: read by the office and the system administrator, who sets them
                call("GET", "/api/bulletins/" + b + "/signoff-rules").answers(200, office("sysadmin")),
                call("PUT", "/api/bulletins/" + b + "/signoff-rules").body(() -> Map.of("maxAddedSigners", 2,
                        "leadersOnlyLastStep", true, "stepDueHours", 24, "version", 999)).answers(409, "sysadmin"),
                // the workday calendar: everyone reads it, the system administrator changes it (a year nobody uses)
                call("GET", "/api/calendar/years").answers(200, EVERYONE),
                call("GET", "/api/calendar/2026").answers(200, EVERYONE),
                call("GET", "/api/calendar/2026.csv").accept("text/csv").answers(200, EVERYONE),
                call("POST", "/api/calendar/import").multipart("cn-2099.csv", "text/csv", "date,kind,name\n2099-01-01,休,元旦\n")
                        .answers(200, "sysadmin"),
                call("POST", "/api/calendar/import").raw("text/csv", "date,kind,name\n2099-01-01,休,元旦\n")
                        .answers(200, "sysadmin"),
                call("PUT", "/api/calendar/days/2099-01-02").body(() -> Map.of("kind", "HOLIDAY", "name", "元旦"))
                        .answers(200, "sysadmin"),
                call("DELETE", "/api/calendar/days/2099-01-02").answers(204, "sysadmin"));
    }

    /** The schedule the fixture set: paused, so that it opens nothing while the matrix runs. */
    static Map<String, Object> schedule(Integer version) {
        Map<String, Object> body = new HashMap<>(Map.of("active", false, "cadence", "WEEKLY", "period", "PREVIOUS",
                "openDay", 1, "openTime", "09:00", "deadlineDay", 3, "deadlineTime", "17:00", "reminderHours", 24, "holidayRule", "NEXT_WORKDAY"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
