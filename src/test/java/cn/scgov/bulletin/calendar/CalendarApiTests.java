package cn.scgov.bulletin.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import cn.scgov.bulletin.support.ApiClient.Response;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The workday calendar over the API: the shipped 2026 notice, imports, bad files, one-day edits, roles. */
class CalendarApiTests extends ApiTestSupport {

    @Autowired WorkdayCalendar calendar;

    @Test
    void the2026NoticeIsThereFromTheStart() {
        JsonNode year = ok(api("gat"), "/api/calendar/2026");
        assertThat(year.get("known").asBoolean()).isTrue();
        assertThat(year.get("days").size()).isEqualTo(39);
        Workdays days = calendar.around(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        assertThat(days.isWorkday(LocalDate.of(2026, 2, 14))).as("make-up Saturday").isTrue();
        assertThat(days.isWorkday(LocalDate.of(2026, 2, 16))).as("Spring Festival Monday").isFalse();
        assertThat(days.isWorkday(LocalDate.of(2026, 2, 21))).as("ordinary Saturday in the holiday").isFalse();
        assertThat(days.isWorkday(LocalDate.of(2026, 3, 7))).as("ordinary Saturday").isFalse();
        assertThat(days.isWorkday(LocalDate.of(2026, 3, 2))).as("ordinary Monday").isTrue();
        assertThat(days.shift(LocalDate.of(2026, 2, 16), ShiftRule.NEXT_WORKDAY)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(days.shift(LocalDate.of(2026, 2, 16), ShiftRule.PREVIOUS_WORKDAY)).isEqualTo(LocalDate.of(2026, 2, 14));
        Workdays october = calendar.around(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertThat(october.nthWorkday(java.time.YearMonth.of(2026, 10), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(october.isWorkday(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeNamingEachLine() {
        String file = """
                # test year
                date,kind,name
                2031-01-01,休,元旦
                2031-02-30,休,春节
                2031-03-03,班,调休上班
                2031-01-01,休,元旦
                2031-05-01,放,劳动节
                """;
        Response response = api("sysadmin").raw("POST", "/api/calendar/import", "text/csv", file);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("detail").asString()).contains("第4行").contains("未导入");
        JsonNode errors = problem.get("errors");
        assertThat(errors.get("第4行").asString()).contains("2031-02-30");
        assertThat(errors.get("第5行").asString()).contains("周六或周日");
        assertThat(errors.get("第6行").asString()).contains("第 3 行重复");
        assertThat(errors.get("第7行").asString()).contains("“休”");
        assertThat(errors.has("第3行")).isFalse();
        assertThat(ok(api("sysadmin"), "/api/calendar/2031").get("known").asBoolean()).isFalse();
        assertThat(ok(api("sysadmin"), "/api/calendar/2031").get("days").size()).isZero();
    }

    @Test
    void anImportedYearReplacesTheWholeYearAndChangesWorkdays() {
        String file = "date,kind,name\n2032-01-01,休,元旦\n2032-01-02,休,元旦\n2032-01-04,班,元旦调休上班\n";
        Response first = api("sysadmin").raw("POST", "/api/calendar/import", "text/csv", file);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("years").get(0).get("holidays").asInt()).isEqualTo(2);
        assertThat(calendar.isWorkday(LocalDate.of(2032, 1, 4))).isTrue();
        Response again = api("sysadmin").raw("POST", "/api/calendar/import", "text/csv",
                "2032-01-01,休,元旦\n");
        assertThat(again.status()).isEqualTo(200);
        assertThat(calendar.isWorkday(LocalDate.of(2032, 1, 2))).as("replaced by the second file").isTrue();
        assertThat(calendar.isWorkday(LocalDate.of(2032, 1, 4))).as("a Sunday again").isFalse();
        Response csv = api("editor").get("/api/calendar/2032.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo("date,kind,name\n2032-01-01,休,元旦\n");
    }

    @Test
    void onlyTheSystemAdministratorChangesTheCalendar() {
        String file = "2033-10-01,休,国庆节\n";
        for (String user : new String[] {"editor", "secadmin", "auditor", "gat", "leader"}) {
            assertThat(api(user).raw("POST", "/api/calendar/import", "text/csv", file).status()).as(user).isEqualTo(403);
            assertThat(api(user).put("/api/calendar/days/2033-10-02", Map.of("kind", "HOLIDAY", "name", "国庆节")).status())
                    .as(user).isEqualTo(403);
            assertThat(api(user).delete("/api/calendar/days/2026-01-01").status()).as(user).isEqualTo(403);
            assertThat(api(user).get("/api/calendar/years").status()).as(user).isEqualTo(200);
        }
        assertThat(anonymous().get("/api/calendar/years").status()).isEqualTo(401);
        assertThat(anonymous().raw("POST", "/api/calendar/import", "text/csv", file).status()).isEqualTo(401);
        assertThat(calendar.isWorkday(LocalDate.of(2033, 10, 3))).isTrue();

        Response put = api("sysadmin").put("/api/calendar/days/2033-10-03", Map.of("kind", "HOLIDAY", "name", "国庆节"));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(calendar.isWorkday(LocalDate.of(2033, 10, 3))).isFalse();
        Response weekday = api("sysadmin").put("/api/calendar/days/2033-10-04", Map.of("kind", "WORKDAY", "name", "调休"));
        assertThat(weekday.status()).isEqualTo(400);
        assertThat(weekday.json().get("detail").asString()).contains("周六或周日");
        assertThat(api("sysadmin").put("/api/calendar/days/2033-10-05", Map.of("kind", "HOLIDAY")).status()).isEqualTo(400);
        assertThat(api("sysadmin").delete("/api/calendar/days/2033-10-03").status()).isEqualTo(204);
        assertThat(api("sysadmin").delete("/api/calendar/days/2033-10-03").status()).isEqualTo(404);
        assertThat(calendar.isWorkday(LocalDate.of(2033, 10, 3))).isTrue();
        assertThat(api("sysadmin").get("/api/calendar/1999").status()).isEqualTo(400);
    }

    private static JsonNode ok(cn.scgov.bulletin.support.ApiClient client, String path) {
        Response response = client.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
