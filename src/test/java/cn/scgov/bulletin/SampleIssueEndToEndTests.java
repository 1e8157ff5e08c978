package cn.scgov.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issue of shared/samples/weekly-2023-08.txt produced over the REST API, as the people involved
 * would: the system administrator sets up the 2023 bulletin, the editor opens the issue, the
 * departments submit their items (公安厅 is returned once and resubmits), the editor compiles the
 * statistics and the hall checklist, the division head approves, the leader returns once and then
 * approves, the issue is distributed and acknowledged, and its timeline tells every step in order.
 * The content comes from the fixture samples/weekly-2023-08.json; the expected text is the sample.
 */
class SampleIssueEndToEndTests extends ApiTestSupport {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIRST_DRAFT = "公安厅窗口全面启动“成都大运会行政审批绿色通道”服务。";

    @Test
    void weekly2023Issue8FromDraftsToAcknowledgedDistribution() throws IOException {
        JsonNode fixture = JSON.readTree(read("samples/weekly-2023-08.json"));
        jobs.setClock(local(fixture.get("openedAt")));

        JsonNode bulletin = ok(api("sysadmin").post("/api/bulletins", Map.of("code", "e2e-" + System.nanoTime() % 1_000_000,
                "definition", fixture.get("bulletin").get("definition"))), 201);
        long bulletinId = bulletin.get("id").asLong();
        ok(api("editor").put("/api/bulletins/" + bulletinId + "/opening-figures/2023",
                fixture.get("openingFigures").get("figures")), 200);
        JsonNode issue = ok(api("editor").post("/api/issues", Map.of("bulletinId", bulletinId,
                "periodStart", fixture.get("period").get("start").asString(),
                "periodEnd", fixture.get("period").get("end").asString(),
                "deadline", fixture.get("deadline").asString(), "confirm", true)), 201);
        long issueId = issue.get("id").asLong();
        assertThat(issue.get("issueLine").asString()).isEqualTo("2023年第8期（总第428期）");
        assertThat(issue.get("issueLineProposed").asBoolean()).isTrue();
        Map<String, Long> sections = sectionIds(issueId);

        // Departments submit what they have; the others answer "nothing to report".
        Map<String, List<JsonNode>> byDepartment = new LinkedHashMap<>();
        List<JsonNode> editorItems = new ArrayList<>();
        for (JsonNode item : fixture.get("items")) {
            if (item.get("department").isNull()) {
                editorItems.add(item);
            } else {
                byDepartment.computeIfAbsent(item.get("department").asString(), d -> new ArrayList<>()).add(item);
            }
        }
        for (JsonNode contribution : ok(api("editor").get("/api/issues/" + issueId + "/contributions"), 200)) {
            String department = contribution.get("departmentCode").asString();
            JsonNode mine = ok(api(department).get("/api/issues/" + issueId + "/contributions/mine"), 200);
            long id = mine.get("id").asLong();
            if (!byDepartment.containsKey(department)) {
                ok(api(department).post("/api/contributions/" + id + "/nothing-to-report",
                        Map.of("version", mine.get("version").asInt())), 200);
            } else if (department.equals("gat")) {
                List<JsonNode> items = new ArrayList<>(byDepartment.get(department));
                submit(department, id, mine.get("version").asInt(), sections,
                        List.of(Map.of("section", items.get(0).get("section").asString(), "text", FIRST_DRAFT)));
            } else {
                submit(department, id, mine.get("version").asInt(), sections, asMaps(byDepartment.get(department)));
            }
        }

        // 公安厅's first draft is returned once with a reason, then resubmitted in full.
        JsonNode gat = ok(api("gat").get("/api/issues/" + issueId + "/contributions/mine"), 200);
        JsonNode returned = ok(api("editor").post("/api/contributions/" + gat.get("id").asLong() + "/review", Map.of(
                "version", gat.get("version").asInt(), "decision", "RETURN",
                "reason", "请补充绿色通道办件数量和厅领导进大厅的情况")), 200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        JsonNode again = ok(api("gat").get("/api/contributions/" + gat.get("id").asLong()), 200);
        assertThat(again.get("returnReason").asString()).contains("绿色通道办件数量");
        submit("gat", gat.get("id").asLong(), again.get("version").asInt(), sections, asMaps(byDepartment.get("gat")));

        for (String department : byDepartment.keySet()) {
            JsonNode contribution = ok(api(department).get("/api/issues/" + issueId + "/contributions/mine"), 200);
            ok(api("editor").post("/api/contributions/" + contribution.get("id").asLong() + "/review", Map.of(
                    "version", contribution.get("version").asInt(), "decision", "ACCEPT")), 200);
        }
        jobs.awaitIdle();
        assertThat(ok(api("editor").get("/api/issues/" + issueId), 200).get("status").asString()).isEqualTo("COMPILING");

        // The editor compiles: office items, printed order, statistics, checklist.
        for (JsonNode item : editorItems) {
            ok(api("editor").post("/api/issues/" + issueId + "/sections/" + sections.get(item.get("section").asString())
                    + "/items", Map.of("text", item.get("text").asString())), 201);
        }
        orderAsPrinted(issueId, sections, fixture.get("items"));
        for (var statistics : fixture.get("statistics").properties()) {
            ok(api("editor").put("/api/issues/" + issueId + "/sections/" + sections.get(statistics.getKey()) + "/statistics",
                    Map.of("values", statistics.getValue())), 200);
        }
        for (var checklist : fixture.get("checklist").properties()) {
            ok(api("editor").put("/api/issues/" + issueId + "/sections/" + sections.get(checklist.getKey()) + "/checklist",
                    Map.of("findings", checklist.getValue())), 200);
        }
        sendToSignoff(issueId);

        // Sign-off on the day the sample is dated: approve, return once, recompile, approve twice.
        jobs.setClock(local(fixture.get("signedOffAt")));
        decide("reviewer", issueId, "APPROVE", "同意，请领导签发。");
        decide("leader", issueId, "RETURN", "请核对综窗办件累计数。");
        assertThat(ok(api("editor").get("/api/issues/" + issueId), 200).get("status").asString()).isEqualTo("COMPILING");
        sendToSignoff(issueId);
        decide("reviewer", issueId, "APPROVE", "已核对，同意。");
        decide("leader", issueId, "APPROVE", "同意印发。");
        jobs.awaitIdle();

        JsonNode distributed = ok(api("editor").get("/api/issues/" + issueId), 200);
        assertThat(distributed.get("status").asString()).isEqualTo("DISTRIBUTED");
        assertThat(distributed.get("issueLine").asString()).isEqualTo("2023年第8期（总第428期）");
        assertThat(distributed.get("issueLineProposed").asBoolean()).isFalse();
        assertThat(distributed.get("issueDate").asString()).isEqualTo("2023-03-16");

        ApiClient.Response text = api("editor").get("/api/issues/" + issueId + "/document.txt");
        assertThat(text.status()).isEqualTo(200);
        String expected = body(read("samples/weekly-2023-08.txt"));
        assertThat(expected).hasSizeGreaterThan(2000).startsWith("一、综窗改革攻坚行动").endsWith("（共印94份）");
        assertThat(body(text.body())).isEqualTo(expected);
        assertThat(text.body()).contains("2023年第8期（总第428期）");

        // Every recipient named by the colophon acknowledges receipt.
        JsonNode recipients = ok(api("editor").get("/api/issues/" + issueId + "/recipients"), 200);
        assertThat(recipients.findValuesAsString("username")).contains("leader", "leader2", "recipient", "recipient2");
        for (JsonNode recipient : recipients) {
            ok(api(recipient.get("username").asString()).post("/api/issues/" + issueId + "/acknowledge", null), 200);
        }
        assertThat(ok(api("editor").get("/api/issues/" + issueId + "/recipients"), 200).findValues("acknowledgedAt"))
                .allSatisfy(at -> assertThat(at.isNull()).isFalse());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(issueId)).count()).isZero();

        assertTimelineTellsTheStory(ok(api("auditor").get("/api/issues/" + issueId + "/timeline"), 200), recipients.size());
    }

    private void assertTimelineTellsTheStory(JsonNode timeline, int recipients) {
        List<String> steps = new ArrayList<>();
        for (JsonNode entry : timeline) {
            String actor = entry.get("actor").isNull() ? "系统" : entry.get("actor").asString();
            String decision = entry.get("decision").isNull() ? "" : entry.get("decision").asString();
            String department = entry.get("departmentCode").isNull() ? "" : entry.get("departmentCode").asString();
            steps.add(entry.get("stepId").asString() + "|" + department + "|" + actor + "|" + decision);
            if ("TASK".equals(entry.get("kind").asString())) {
                assertThat(entry.get("endedAt").isNull()).as("every task is finished: %s", entry).isFalse();
                assertThat(decision).as("every task has its decision: %s", entry).isNotEmpty();
                assertThat(entry.get("durationMillis").isNull()).isFalse();
            }
        }
        assertThat(steps.get(0)).isEqualTo("issueOpened||editor|");
        assertThat(steps).containsSubsequence(
                "draftContribution|gat|gat|SUBMITTED",
                "reviewContribution|gat|editor|RETURNED",
                "draftContribution|gat|gat|SUBMITTED",
                "reviewContribution|gat|editor|ACCEPTED",
                "compileIssue||editor|SENT",
                "signoffStep||reviewer|APPROVED",
                "signoffStep||leader|RETURNED",
                "compileIssue||editor|SENT",
                "signoffStep||reviewer|APPROVED",
                "signoffStep||leader|APPROVED",
                "freezeIssue||系统|",
                "distributeIssue||系统|");
        assertThat(steps).filteredOn(step -> step.startsWith("acknowledgeReceipt|")).hasSize(recipients)
                .allSatisfy(step -> assertThat(step).endsWith("|ACKNOWLEDGED"));
        List<String> opinions = timeline.findValues("opinions").stream().flatMap(node -> node.valueStream())
                .map(JsonNode::asString).toList();
        assertThat(opinions).containsSubsequence("请补充绿色通道办件数量和厅领导进大厅的情况", "同意，请领导签发。",
                "请核对综窗办件累计数。", "已核对，同意。", "同意印发。");
    }

    // ---- steps

    private void submit(String department, long contributionId, int version, Map<String, Long> sections,
            List<Map<String, String>> items) {
        List<Map<String, Object>> body = new ArrayList<>();
        for (Map<String, String> item : items) {
            body.add(Map.of("sectionId", sections.get(item.get("section")), "text", item.get("text")));
        }
        ok(api(department).post("/api/contributions/" + contributionId + "/submit", Map.of("version", version, "items", body)), 200);
    }

    /** Puts each section's items in the fixture's order, by their text. */
    private void orderAsPrinted(long issueId, Map<String, Long> sections, JsonNode fixtureItems) {
        JsonNode compilation = ok(api("editor").get("/api/issues/" + issueId + "/compilation"), 200);
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        fixtureItems.forEach(item -> wanted.computeIfAbsent(item.get("section").asString(), k -> new ArrayList<>())
                .add(item.get("text").asString()));
        for (JsonNode work : compilation.get("sections")) {
            String key = work.get("section").get("key").asString();
            if (!wanted.containsKey(key)) {
                continue;
            }
            Map<String, Long> idByText = new HashMap<>();
            work.get("items").forEach(item -> idByText.put(item.get("text").asString(), item.get("id").asLong()));
            List<Long> order = wanted.get(key).stream().map(idByText::get).toList();
            assertThat(order).as("items of %s", key).doesNotContainNull();
            ok(api("editor").put("/api/issues/" + issueId + "/sections/" + sections.get(key) + "/order",
                    Map.of("itemIds", order)), 200);
        }
    }

    private void sendToSignoff(long issueId) {
        ApiClient.Response sent = api("editor").post("/api/issues/" + issueId + "/send-to-signoff", null);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(204);
    }

    private void decide(String approver, long issueId, String decision, String opinion) {
        ok(api(approver).post("/api/issues/" + issueId + "/signoff", Map.of("decision", decision, "opinion", opinion)), 200);
    }

    private Map<String, Long> sectionIds(long issueId) {
        Map<String, Long> ids = new HashMap<>();
        ok(api("editor").get("/api/issues/" + issueId + "/outline"), 200)
                .forEach(section -> ids.put(section.get("key").asString(), section.get("id").asLong()));
        return ids;
    }

    private static List<Map<String, String>> asMaps(List<JsonNode> items) {
        return items.stream().map(item -> Map.of("section", item.get("section").asString(), "text",
                item.get("text").asString())).toList();
    }

    /** The text from the first 一、 heading on, without whitespace and page-number lines. */
    private static String body(String text) {
        StringBuilder out = new StringBuilder();
        boolean started = false;
        for (String line : text.split("\\R")) {
            if (line.strip().matches("[—–-]+\\s*\\d+\\s*[—–-]+")) {
                continue;
            }
            started = started || line.strip().startsWith("一、");
            if (started) {
                out.append(line.replaceAll("[\\s\\u3000]+", ""));
            }
        }
        return out.toString();
    }

    private java.time.Instant local(JsonNode dateTime) {
        return LocalDateTime.parse(dateTime.asString()).atZone(ZONE).toInstant();
    }

    private static JsonNode ok(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
