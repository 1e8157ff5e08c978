package cn.scgov.bulletin.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import cn.scgov.bulletin.archive.ArchiveFilter;
import cn.scgov.bulletin.archive.ArchivePage;
import cn.scgov.bulletin.archive.ArchiveSearch;
import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.SearchTerms;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The archive search at ten years of weekly issues: {@code -Darchive.issues} (640) distributed issues of
 * {@code -Darchive.itemsPerIssue} (50) compiled items each, written straight into the tables, then each question
 * measured through the service (the SQL and the issue lines) and over HTTP (README, "Archive search at ten years").
 */
@Tag("benchmark")
class ArchiveSearchBenchmark extends ApiTestSupport {

    private static final int ISSUES = Integer.getInteger("archive.issues", 640);
    private static final int ITEMS = Integer.getInteger("archive.itemsPerIssue", 50);
    private static final int SAMPLES = Integer.getInteger("benchmark.samples", 60);
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 15);
    private static final String[] PHRASES = {"窗口推行“周末不打烊”延时服务", "开展帮办代办", "优化营商环境", "厅（局）长进大厅坐窗口",
            "推进“一件事一次办”", "办理居民身份证", "道路运输许可", "企业开办压缩至半个工作日", "政务服务满意度评价", "好差评全覆盖",
            "不动产登记", "跨省通办", "电子证照应用", "窗口人员业务培训", "群众办事体验", "综合窗口受理"};
    private static final String[] DEPARTMENTS = {"gat", "jtyst", "zjt"};

    @Autowired JdbcClient jdbc;
    @Autowired ArchiveSearch search;

    @Test
    void archiveSearchAtTenYears() {
        Bulletin bulletin = newWeeklyBulletin();
        long started = System.nanoTime();
        generate(bulletin);
        long items = jdbc.sql("SELECT COUNT(*) FROM issue_item").query(Long.class).single();
        System.out.printf("%n==== Archive: %d issues, %d compiled items in total, written in %.1f s ====%n", ISSUES, items,
                (System.nanoTime() - started) / 1e9);

        CurrentUser editor = user("editor");
        ApiClient client = api("editor");
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-46s %6s %9s %9s %9s %9s", "Question", "hits", "bare med", "bare p95", "HTTP med", "HTTP p95"));
        measure(lines, "common term, first page (延时服务)", editor, client, "延时服务", null);
        measure(lines, "two terms (帮办代办 厅（局）长)", editor, client, "帮办代办 厅（局）长", null);
        measure(lines, "rare term, whole table scanned (终南山)", editor, client, "终南山", null);
        measure(lines, "term + department (不动产 gat)", editor, client, "不动产", "gat");
        measure(lines, "recipient, term (跨省通办)", user("recipient"), api("recipient"), "跨省通办", null);
        System.out.println("\n==== Archive search (" + databaseName() + ", " + items + " items) ====");
        lines.forEach(System.out::println);
    }

    private void measure(List<String> lines, String name, CurrentUser user, ApiClient client, String q, String department) {
        ArchiveFilter filter = new ArchiveFilter(SearchTerms.of(q), null, department, null, null, null);
        Supplier<ArchivePage> bare = () -> search.search(user, filter, new PageRequest(0, 20));
        String path = "/api/archive/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (department == null ? "" : "&department=" + department);
        Latencies direct = new Latencies();
        Latencies http = new Latencies();
        for (int i = 0; i < WARMUP + SAMPLES; i++) {
            long t0 = System.nanoTime();
            ArchivePage page = bare.get();
            long t1 = System.nanoTime();
            ApiClient.Response response = client.get(path);
            long t2 = System.nanoTime();
            assertThat(response.status()).isEqualTo(200);
            if (i >= WARMUP) {
                direct.add(t1 - t0);
                http.add(t2 - t1);
            }
            if (i == 0) {
                lines.add(String.format("%-46s %6s", name, page.items().size() + (page.hasNext() ? "+" : "")));
            }
        }
        String first = lines.remove(lines.size() - 1);
        lines.add(String.format("%s %9.1f %9.1f %9.1f %9.1f", first, direct.medianMillis(), direct.p95Millis(),
                http.medianMillis(), http.p95Millis()));
        System.out.println(lines.get(lines.size() - 1));
    }

    /** Weekly issues back from last week, distributed, each with one section of ITEMS items by three departments. */
    private void generate(Bulletin bulletin) {
        Random random = new Random(20261130);
        LocalDate monday = LocalDate.of(2026, 11, 23);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        for (int n = 0; n < ISSUES; n++) {
            LocalDate start = monday.minusWeeks(n);
            int year = start.getYear();
            jdbc.sql("INSERT INTO issue (bulletin_id, status, title, issuer, subtitle, issue_line_format, heading_styles,"
                            + " cumulative_numbering, period_start, period_end, deadline, numbering_year, yearly_number,"
                            + " cumulative_number, issue_date, print_copies, opened_by, opened_at, signed_off_at)"
                            + " VALUES (:b, 'DISTRIBUTED', '窗口工作周报', '四川省政府政务服务和公共资源交易服务中心', '政务服务工作',"
                            + " '{year}年第{number}期（总第{cumulative}期）', '[\"{cn}、\",\"（{cn}）\",\"{n}.\",\"（{n}）\"]', TRUE, :start, :end, :now,"
                            + " :year, :number, :cumulative, :end, 94, 'editor', :now, :now)")
                    .param("b", bulletin.id()).param("start", Date.valueOf(start)).param("end", Date.valueOf(start.plusDays(4)))
                    .param("now", now).param("year", year).param("number", ISSUES - n).param("cumulative", 10_000 + ISSUES - n)
                    .update();
            long issue = jdbc.sql("SELECT id FROM issue WHERE bulletin_id = :b AND period_start = :start")
                    .param("b", bulletin.id()).param("start", Date.valueOf(start)).query(Long.class).single();
            jdbc.sql("INSERT INTO issue_section (issue_id, position, section_key, title, kind, number_items)"
                    + " VALUES (:i, 0, 'news', '窗口工作动态', 'NARRATIVE', TRUE)").param("i", issue).update();
            long section = jdbc.sql("SELECT id FROM issue_section WHERE issue_id = :i").param("i", issue)
                    .query(Long.class).single();
            StringBuilder values = new StringBuilder();
            List<Object> params = new ArrayList<>();
            for (int p = 0; p < ITEMS; p++) {
                StringBuilder text = new StringBuilder("本周，");
                for (int w = 0; w < 6; w++) {
                    text.append(PHRASES[random.nextInt(PHRASES.length)]).append(random.nextInt(900) + 100).append("件，");
                }
                text.append("群众满意率100%。");
                values.append(values.isEmpty() ? "" : ",").append("(?, ?, ?, ?, ?, TRUE)");
                params.addAll(List.of(issue, section, p, DEPARTMENTS[p % DEPARTMENTS.length], text.toString()));
            }
            jdbc.sql("INSERT INTO issue_item (issue_id, section_id, position, department_code, text, included) VALUES "
                    + values).params(params).update();
        }
    }

    private String databaseName() {
        return jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES").query(Long.class).single() > 0
                ? System.getenv().getOrDefault("BULLETIN_TEST_DB_URL", "H2") : "?";
    }
}
