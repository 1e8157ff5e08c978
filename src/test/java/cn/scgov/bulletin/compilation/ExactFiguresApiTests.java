package cn.scgov.bulletin.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.MonthlyBulletins;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Figures are exact decimals in each metric's unit: 4.2 (万件) is kept as 4.2 and printed 4.20万件, a
 * value the metric cannot hold (more places than it has, a fraction of a person, negative) is refused
 * with 400 naming the field and nothing of the request is stored, and year-to-date sums stay exact.
 */
class ExactFiguresApiTests extends ApiTestSupport {

    private Bulletin bulletin;
    private Issue march;
    private long overall;

    @BeforeEach
    void openMarch() {
        bulletin = newBulletin(MonthlyBulletins.small(2025, 1));
        jobs.setClock(LocalDateTime.of(2025, 4, 1, 9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        march = openMonth(3);
        overall = section(march, "overall");
    }

    @Test
    void decimalsAreKeptExactlyAndPrintedInTheMetricsUnit() {
        ApiClient.Response saved = api("editor").put(statistics(march), Map.of("values", Map.of("handled", 4.2, "visitors", 790)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode handled = figure(saved.json(), "handled");
        assertThat(handled.get("periodValue").decimalValue()).isEqualByComparingTo("4.2");
        assertThat(handled.get("format").get("unit").asString()).isEqualTo("件");
        assertThat(handled.get("format").get("scale").asString()).isEqualTo("TEN_THOUSAND");
        assertThat(handled.get("format").get("decimals").asInt()).isEqualTo(2);
        JsonNode compiled = api("editor").get("/api/issues/" + march.id() + "/compilation").json();
        assertThat(compiled.get("sections").get(0).get("section").get("title").asString()).isEqualTo("2025年3月总体运行情况");
        assertThat(compiled.get("sections").get(0).get("sentence").asString())
                .isEqualTo("3月，省本级办理政务服务事项 4.20万件，大厅接待办事群众 790人（次）；今年以来，累计办理 4.20万件。");
    }

    @Test
    void aValueTheMetricCannotHoldIsRefusedNamingTheFieldAndNothingIsStored() {
        Map<String, Object> values = new HashMap<>();
        values.put("handled", 4.234);
        values.put("visitors", 790);
        ApiClient.Response tooPrecise = api("editor").put(statistics(march), Map.of("values", values));
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.contentType()).startsWith("application/problem+json");
        assertThat(tooPrecise.json().get("errors").get("handled").asString()).contains("办理政务服务事项", "最多保留 2 位小数", "万件");
        assertThat(tooPrecise.json().get("errors").has("visitors")).isFalse();

        ApiClient.Response fractionOfAPerson = api("editor").put(statistics(march),
                Map.of("values", Map.of("handled", 1, "visitors", 4.2)));
        assertThat(fractionOfAPerson.status()).isEqualTo(400);
        assertThat(fractionOfAPerson.json().get("errors").get("visitors").asString()).contains("须为整数");
        assertThat(api("editor").put(statistics(march), Map.of("values", Map.of("handled", -0.01))).status()).isEqualTo(400);
        assertThat(api("editor").put(statistics(march), Map.of("values", Map.of("handled", new BigDecimal("1E+13")))).status())
                .isEqualTo(400);

        assertThat(compilation.compilation(user("editor"), march.id()).sections().get(0).figures())
                .as("nothing of a refused request is stored").allSatisfy(figure -> assertThat(figure.periodValue()).isNull());
    }

    @Test
    void yearToDateSumsOfDecimalsStayExact() {
        ApiClient.Response opening = api("editor").put("/api/bulletins/" + bulletin.id() + "/opening-figures/2025",
                Map.of("overall.handled", 0.1));
        assertThat(opening.status()).as(opening.toString()).isEqualTo(200);
        assertThat(api("editor").put("/api/bulletins/" + bulletin.id() + "/opening-figures/2025",
                Map.of("overall.handled", 0.123)).status()).as("more places than the metric has").isEqualTo(400);
        assertThat(api("editor").put("/api/bulletins/" + bulletin.id() + "/opening-figures/2025",
                Map.of("overall.visitors", 1.5)).json().get("errors").get("overall.visitors").asString()).contains("须为整数");
        assertThat(api("editor").get("/api/bulletins/" + bulletin.id() + "/opening-figures/2025").json()
                .get("overall.handled").decimalValue()).isEqualByComparingTo("0.1");

        api("editor").put(statistics(march), Map.of("values", Map.of("handled", 0.2, "visitors", 1)));
        Issue april = openMonth(4);
        ApiClient.Response aprilFigures = api("editor").put(statistics(april), Map.of("values", Map.of("handled", 0.1, "visitors", 2)));
        JsonNode handled = figure(aprilFigures.json(), "handled");
        assertThat(handled.get("previousYearToDate").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(handled.get("yearToDate").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(aprilFigures.body()).as("sent as the exact decimal, in the metric's places").contains("\"yearToDate\":0.40");
        assertThat(compilation.compilation(user("editor"), april.id()).sections().get(0).sentence())
                .isEqualTo("4月，省本级办理政务服务事项 0.10万件，大厅接待办事群众 2人（次）；今年以来，累计办理 0.40万件。");
    }

    private Issue openMonth(int month) {
        LocalDate start = LocalDate.of(2025, month, 1);
        return issueService.open(user("editor"), new IssueService.OpenIssue(bulletin.id(), start,
                start.withDayOfMonth(start.lengthOfMonth()), LocalDateTime.of(2025, 12, 31, 17, 0)));
    }

    private String statistics(Issue issue) {
        return "/api/issues/" + issue.id() + "/sections/" + section(issue, "overall") + "/statistics";
    }

    private long section(Issue issue, String key) {
        return issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().id();
    }

    private static JsonNode figure(JsonNode figures, String metric) {
        for (JsonNode figure : figures) {
            if (figure.get("metricKey").asString().equals(metric)) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + metric + " in " + figures);
    }
}
