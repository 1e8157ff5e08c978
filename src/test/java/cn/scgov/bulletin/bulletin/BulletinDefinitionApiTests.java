package cn.scgov.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.MonthlyBulletins;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What a bulletin definition may say about placeholders, metric formats and optional lines, over the API. */
class BulletinDefinitionApiTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void unknownPlaceholdersAndImpossibleFormatsAreRefusedNamingThemAndOptionalLinesAreAccepted() {
        ObjectNode definition = (ObjectNode) JSON.valueToTree(MonthlyBulletins.small(2025, 1));
        ((ObjectNode) definition.get("outline").get(0)).put("title", "{year}年第{quarter}季度运行情况");
        ((ObjectNode) definition.get("outline").get(0)).put("template", "{month}月，办理 {handled}，共 {total}；{visitors.ytd}。");
        ((ObjectNode) definition.get("outline").get(0).get("metrics").get(1)).put("decimals", 5);
        ApiClient.Response refused = api("sysadmin").post("/api/bulletins", Map.of("code", "m-" + System.nanoTime() % 100000,
                "definition", definition));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.toString()).contains("小数位数最多 4 位");
        assertThat(catalog.bulletins()).noneMatch(b -> b.code().startsWith("m-"));

        ((ObjectNode) definition.get("outline").get(0).get("metrics").get(1)).put("decimals", 0);
        refused = api("sysadmin").post("/api/bulletins", Map.of("code", "m-" + System.nanoTime() % 100000,
                "definition", definition));
        assertThat(refused.status()).isEqualTo(400);
        errors = refused.json().get("errors");
        assertThat(errors.get("outline[0].title").asString()).contains("{quarter}", "{year}", "{periodStart}");
        assertThat(errors.get("outline[0].template").asString()).contains("{total}").doesNotContain("{handled}");

        ((ObjectNode) definition.get("outline").get(0)).put("title", "{year}年{month}月总体运行情况");
        ((ObjectNode) definition.get("outline").get(0)).put("template", "{month}月，办理 {handled}；累计 {handled.ytd}，接待 {visitors}。");
        ApiClient.Response created = api("sysadmin").post("/api/bulletins", Map.of("code", "m-" + System.nanoTime() % 100000,
                "definition", definition));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode saved = created.json().get("definition");
        assertThat(saved.get("periodLine").asBoolean()).isFalse();
        assertThat(saved.get("printCopies").asInt()).isZero();
        assertThat(saved.get("colophon")).hasSize(2);
        assertThat(saved.get("outline").get(0).get("metrics").get(0).get("scale").asString()).isEqualTo("TEN_THOUSAND");
        assertThat(saved.get("numbering").get("confirmed").asBoolean()).as("a start the administrator gave").isTrue();
    }
}
