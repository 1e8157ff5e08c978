package cn.scgov.bulletin.savedfilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.scgov.bulletin.support.ApiClient.Response;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Each user's saved filters: saved with the page's own parameters only, listed, applied, deleted; nobody else's. */
class SavedFilterTests extends ApiTestSupport {

    private static Map<String, Object> filter(String kind, String name, Map<String, String> parameters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        body.put("parameters", parameters);
        return body;
    }

    private static boolean listed(Response list, long id) {
        for (JsonNode filter : list.json()) {
            if (filter.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aUserSavesListsAppliesAndDeletesTheirOwnFilters() {
        String name = "本周公安厅 " + System.nanoTime() % 100000;
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("tab", "GROUP");
        parameters.put("q", "公安厅 延时");
        parameters.put("next", "https://elsewhere.example/");
        Response saved = api("editor").post("/api/saved-filters", filter("INBOX", name, parameters));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        // Only the inbox's own parameters are kept, so applying it leads to the inbox and nowhere else.
        assertThat(saved.json().get("query").asString()).isEqualTo("tab=GROUP&q=%E5%85%AC%E5%AE%89%E5%8E%85+%E5%BB%B6%E6%97%B6");
        assertThat(saved.json().get("href").asString()).startsWith("/inbox?tab=GROUP&q=");

        assertThat(listed(api("editor").get("/api/saved-filters?kind=INBOX"), id)).isTrue();
        assertThat(listed(api("editor").get("/api/saved-filters?kind=ARCHIVE"), id)).isFalse();
        Response applied = api("editor").get(saved.json().get("href").asString().replace("/inbox", "/api/inbox"));
        assertThat(applied.status()).isEqualTo(200);

        // The same name twice is a conflict; another kind may use it.
        assertThat(api("editor").post("/api/saved-filters", filter("INBOX", name, Map.of())).status()).isEqualTo(409);
        assertThat(api("editor").post("/api/saved-filters", filter("ARCHIVE", name, Map.of("q", "延时"))).status())
                .isEqualTo(201);

        // Another user's filter does not exist for them.
        assertThat(api("reviewer").get("/api/saved-filters/" + id).status()).isEqualTo(404);
        assertThat(api("reviewer").delete("/api/saved-filters/" + id).status()).isEqualTo(404);
        assertThat(listed(api("reviewer").get("/api/saved-filters"), id)).isFalse();
        assertThat(api("editor").get("/api/saved-filters/" + id).status()).isEqualTo(200);

        assertThat(api("editor").delete("/api/saved-filters/" + id).status()).isEqualTo(204);
        assertThat(api("editor").get("/api/saved-filters/" + id).status()).isEqualTo(404);
        assertThat(api("editor").delete("/api/saved-filters/" + id).status()).isEqualTo(404);

        Response log = api("auditor").get("/api/audit/log?actor=editor&size=200");
        assertThat(log.body()).contains("FILTER_SAVED", "FILTER_DELETED", name);
    }

    @Test
    void badFiltersAreRefusedAndNothingIsSaved() {
        assertThat(api("editor").post("/api/saved-filters", filter("INBOX", "  ", Map.of())).json().get("errors")
                .has("name")).isTrue();
        assertThat(api("editor").post("/api/saved-filters", filter("INBOX", "名".repeat(51), Map.of())).status())
                .isEqualTo(400);
        assertThat(api("editor").post("/api/saved-filters", filter(null, "无类别", Map.of())).status()).isEqualTo(400);
        assertThat(api("editor").post("/api/saved-filters", filter("ELSEWHERE", "未知类别", Map.of())).status())
                .isEqualTo(400);
        assertThat(api("editor").post("/api/saved-filters", filter("ARCHIVE", "太长", Map.of("q", "字".repeat(101))))
                .status()).isEqualTo(400);
        Response list = api("editor").get("/api/saved-filters");
        for (JsonNode filter : list.json()) {
            assertThat(filter.get("name").asString()).isNotIn("无类别", "未知类别", "太长");
        }
        assertThat(api("editor").get("/api/saved-filters/999999999").status()).isEqualTo(404);
        assertThat(api("editor").get("/api/saved-filters?kind=SOMEWHERE").status()).isEqualTo(400);
    }
}
