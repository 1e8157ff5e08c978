package cn.scgov.bulletin.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.support.ApiClient.Response;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Schedules and occurrences over the API, with the exact status for each role and each mistake. */
class ScheduleApiTests extends ApiTestSupport {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void theSystemAdministratorSetsASchedule() {
        at(2026, 3, 2, 10, 0);
        Bulletin bulletin = newBulletin(TestBulletins.small());
        String path = "/api/bulletins/" + bulletin.id() + "/schedule";
        Map<String, Object> body = weekly(1, "09:00", 4, "17:00");

        for (String user : new String[] {"editor", "secadmin", "auditor", "gat", "leader", "recipient"}) {
            assertThat(api(user).put(path, body).status()).as(user).isEqualTo(403);
        }
        assertThat(anonymous().put(path, body).status()).isEqualTo(401);
        assertThat(api("editor").get(path).status()).as("no schedule yet").isEqualTo(404);

        // The current week, due Thursday: before the period ends, so it needs confirming.
        Response unconfirmed = api("sysadmin").put(path, body);
        assertThat(unconfirmed.status()).as(unconfirmed.toString()).isEqualTo(409);
        assertThat(unconfirmed.json().get("confirmation").asString()).isEqualTo("deadlineBeforePeriodEnd");
        body.put("confirm", true);
        Response saved = api("sysadmin").put(path, body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("deadlineBeforePeriodEndConfirmed").asBoolean()).isTrue();

        assertThat(api("sysadmin").put(path, body).status()).as("a second create").isEqualTo(409);
        body.put("version", saved.json().get("version").asInt());
        body.put("openTime", "25:00");
        body.put("reminderHours", 0);
        Response invalid = api("sysadmin").put(path, body);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").propertyNames()).contains("openTime", "reminderHours");
        Map<String, Object> tooShort = weekly(1, "09:00", 1, "17:00");
        tooShort.put("version", saved.json().get("version").asInt());
        tooShort.put("confirm", true);
        Response shortLead = api("sysadmin").put(path, tooShort);
        assertThat(shortLead.status()).isEqualTo(400);
        assertThat(shortLead.json().get("detail").asString()).contains("24 小时");
        Map<String, Object> monthly = weekly(1, "09:00", 4, "17:00");
        monthly.put("cadence", "MONTHLY");
        monthly.put("version", saved.json().get("version").asInt());
        assertThat(api("sysadmin").put(path, monthly).status()).as("a weekly bulletin").isEqualTo(400);
        Map<String, Object> stale = weekly(1, "09:00", 4, "17:00");
        stale.put("version", 99);
        stale.put("confirm", true);
        assertThat(api("sysadmin").put(path, stale).status()).isEqualTo(409);

        for (String user : new String[] {"editor", "sysadmin", "leader", "reviewer", "auditor"}) {
            assertThat(api(user).get(path).status()).as(user).isEqualTo(200);
            assertThat(api(user).get("/api/bulletins/" + bulletin.id() + "/occurrences").status()).as(user).isEqualTo(200);
        }
        for (String user : new String[] {"gat", "recipient", "secadmin"}) {
            assertThat(api(user).get(path).status()).as(user).isEqualTo(403);
            assertThat(api(user).get("/api/bulletins/" + bulletin.id() + "/occurrences").status()).as(user).isEqualTo(403);
        }
        assertThat(api("editor").get("/api/bulletins/999999/schedule").status()).isEqualTo(404);
    }

    @Test
    void theOfficeSkipsMovesAndRestoresAnOccurrence() {
        at(2026, 3, 2, 10, 0);
        Bulletin bulletin = newBulletin(TestBulletins.small());
        Map<String, Object> body = weekly(1, "09:00", 3, "17:00");
        body.put("period", "PREVIOUS");
        assertThat(api("sysadmin").put("/api/bulletins/" + bulletin.id() + "/schedule", body).status()).isEqualTo(200);
        JsonNode coming = api("editor").get("/api/bulletins/" + bulletin.id() + "/occurrences?from=2026-03-09&count=3").json();
        assertThat(coming.get(0).get("periodStart").asString()).isEqualTo("2026-03-02");
        assertThat(coming.get(0).get("opensAt").asString()).isEqualTo("2026-03-09T09:00:00");
        assertThat(coming.get(0).get("status").asString()).isEqualTo("PLANNED");
        String occurrence = "/api/bulletins/" + bulletin.id() + "/occurrences/2026-03-02";

        assertThat(api("sysadmin").post(occurrence + "/skip", Map.of("reason", "合并编发")).status()).isEqualTo(403);
        assertThat(api("gat").post(occurrence + "/skip", Map.of("reason", "合并编发")).status()).isEqualTo(403);
        assertThat(api("editor").post(occurrence + "/skip", Map.of("reason", " ")).status()).isEqualTo(400);
        Response skipped = api("editor").post(occurrence + "/skip", Map.of("reason", "与月报合并编发"));
        assertThat(skipped.status()).as(skipped.toString()).isEqualTo(200);
        assertThat(skipped.json().get("status").asString()).isEqualTo("SKIPPED");
        assertThat(api("editor").post(occurrence + "/skip", Map.of("reason", "again")).status()).isEqualTo(409);
        assertThat(api("editor").post(occurrence + "/restore", null).status()).isEqualTo(200);
        assertThat(api("editor").post(occurrence + "/restore", null).status()).as("nothing to undo").isEqualTo(409);

        Map<String, Object> past = Map.of("opensAt", "2026-03-01T09:00:00", "deadline", "2026-03-11T17:00:00");
        assertThat(api("editor").put(occurrence, past).status()).isEqualTo(400);
        Response tooSoon = api("editor").put(occurrence, Map.of("opensAt", "2026-03-09T09:00:00", "deadline", "2026-03-09T17:00:00"));
        assertThat(tooSoon.status()).isEqualTo(400);
        assertThat(tooSoon.json().get("errors").get("deadline").asString()).contains("24 小时");
        // Due 5 March, before the period (2–6 March) ends: confirm first.
        Map<String, Object> early = new HashMap<>(Map.of("opensAt", "2026-03-03T09:00:00", "deadline", "2026-03-05T17:00:00"));
        Response unconfirmed = api("editor").put(occurrence, early);
        assertThat(unconfirmed.status()).isEqualTo(409);
        assertThat(unconfirmed.json().get("confirmation").asString()).isEqualTo("deadlineBeforePeriodEnd");
        early.put("confirm", true);
        assertThat(api("sysadmin").put(occurrence, early).status()).isEqualTo(403);
        Response moved = api("editor").put(occurrence, early);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("status").asString()).isEqualTo("MOVED");
        assertThat(moved.json().get("opensAt").asString()).isEqualTo("2026-03-03T09:00:00");
        assertThat(api("editor").put("/api/bulletins/" + bulletin.id() + "/occurrences/2026-03-04", early).status())
                .as("no occurrence starts then").isEqualTo(404);

        // The moved opening comes: the issue opens then, with the moved deadline, and can no longer be changed.
        at(2026, 3, 3, 9, 0);
        jobs.awaitIdle();
        JsonNode opened = api("editor").get(occurrence.replace("/occurrences/2026-03-02", "/occurrences?from=2026-03-09&count=1")).json().get(0);
        assertThat(opened.get("status").asString()).isEqualTo("OPENED");
        JsonNode issue = api("editor").get("/api/issues/" + opened.get("issueId").asLong()).json();
        assertThat(issue.get("periodStart").asString()).isEqualTo("2026-03-02");
        assertThat(api("editor").post(occurrence + "/skip", Map.of("reason", "too late")).status()).isEqualTo(409);
        assertThat(api("editor").post(occurrence + "/restore", null).status()).isEqualTo(409);
    }

    private static Map<String, Object> weekly(int openDay, String openTime, int deadlineDay, String deadlineTime) {
        Map<String, Object> body = new HashMap<>();
        body.put("active", true);
        body.put("cadence", "WEEKLY");
        body.put("period", "CURRENT");
        body.put("openDay", openDay);
        body.put("openTime", openTime);
        body.put("deadlineDay", deadlineDay);
        body.put("deadlineTime", deadlineTime);
        body.put("reminderHours", 24);
        body.put("holidayRule", "NEXT_WORKDAY");
        body.put("holidayWeekRule", "SKIP");
        return body;
    }

    private void at(int year, int month, int day, int hour, int minute) {
        jobs.setClock(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant());
    }
}
