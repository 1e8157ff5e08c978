package cn.scgov.bulletin.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Ten years of history, then every page a user opens daily and every search measured over HTTP against the bare
 * SQL or engine query answering the same question, in one run (README, "Benchmarks"). Sizes:
 * {@code -Dhistory.years} (10), {@code -Dhistory.maxIssues} (stop the generator early), {@code -Dbenchmark.samples}.
 * {@code -Dbenchmark.statements=true} also prints the SQL statements one request of each question sends.
 */
@Tag("benchmark")
@TestPropertySource(properties = "bulletin.test.production-caches=true")
@Import(StatementLog.class)
class TenYearBenchmark extends ApiTestSupport {

    private static final int YEARS = Integer.getInteger("history.years", 10);
    private static final int MAX_ISSUES = Integer.getInteger("history.maxIssues", Integer.MAX_VALUE);
    private static final int SAMPLES = Integer.getInteger("benchmark.samples", 60);
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 15);

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired DirectoryAdministration administration;
    @Autowired CredentialRequests credentialRequests;
    @Autowired Credentials credentials;
    @Autowired BulletinCatalog bulletinCatalog;
    @Autowired Issues issueReads;

    private final List<String> lines = new ArrayList<>();

    @Test
    void tenYears() throws Exception {
        HistoryGenerator generator = new HistoryGenerator(this, dataSource, bulletinCatalog, directory, administration,
                new Accounts(administration, credentialRequests, credentials, directory));
        // A database a previous run filled (-Dbulletin.test.join-database-url) is measured again as it is.
        HistoryGenerator.Result history = generator.existing(issueReads).orElse(null);
        if (history == null) {
            history = generator.generate(YEARS, MAX_ISSUES, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        }
        Map<String, Long> counts = HistorySql.rowCounts(dataSource);
        System.out.printf("%n==== Generated %d issues in %.0f s (%s) ====%n", history.issues().size(), history.seconds(),
                databaseName());
        counts.forEach((table, count) -> System.out.printf("  %-22s %,12d%n", table, count));

        Questions questions = new Questions(this, jdbc, taskService, historyService, history);
        lines.add(String.format("%-44s %9s %9s %9s %9s %7s %7s", "Question", "HTTP med", "HTTP p95", "bare med", "bare p95",
                "p95 x", "goal"));
        // -Dbenchmark.only=a|b: only the questions whose name contains one of these (a run against a kept database).
        String only = System.getProperty("benchmark.only", "");
        for (Questions.Question question : questions.all()) {
            if (!only.isBlank() && java.util.Arrays.stream(only.split("\\|")).noneMatch(question.name()::contains)) {
                continue;
            }
            try {
                measure(question);
            } catch (RuntimeException | AssertionError e) {
                lines.add(String.format("%-44s FAILED: %s", question.name(), e.getMessage()));
            }
            System.out.println(lines.get(lines.size() - 1));
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long used = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        lines.add(String.format("Heap after measuring: %d MB used after GC, %d MB committed, max %d MB; peak %s",
                used, runtime.totalMemory() / (1024 * 1024), runtime.maxMemory() / (1024 * 1024), peakHeap()));
        System.out.println("\n==== Ten-year benchmark (" + databaseName() + ", " + history.issues().size() + " issues) ====");
        lines.forEach(System.out::println);
        assertThat(history.issues()).isNotEmpty();
    }

    private void measure(Questions.Question question) {
        Latencies http = new Latencies();
        Latencies bare = new Latencies();
        for (int i = 0; i < WARMUP + SAMPLES; i++) {
            boolean counted = i >= WARMUP;
            long start = System.nanoTime();
            ApiClient.Response response = api(question.user()).get(question.path());
            long middle = System.nanoTime();
            question.bare().run();
            long end = System.nanoTime();
            if (response.status() != 200) {
                throw new AssertionError(question.name() + ": " + response.status() + " " + response.body());
            }
            if (counted) {
                http.add(middle - start);
                bare.add(end - middle);
            }
        }
        if (StatementLog.ENABLED) {
            StatementLog.start();
            api(question.user()).get(question.path());
            System.out.print(question.name() + ":\n" + StatementLog.summary(StatementLog.stop()));
            double[] httpCpu = StatementLog.cpuMillis(() -> api(question.user()).get(question.path()), 10);
            double[] bareCpu = StatementLog.cpuMillis(question.bare(), 10);
            System.out.printf("    CPU ms a call: HTTP server %.1f + client %.1f; bare %.1f%n", httpCpu[0], httpCpu[1], bareCpu[1]);
        }
        double ratio = http.p95Millis() / Math.max(0.05, bare.p95Millis());
        String goal = question.daily() ? (ratio <= 3 && http.p95Millis() <= 150 ? "met" : "MISSED") : (ratio <= 3 ? "met" : "-");
        lines.add(String.format("%-44s %9.1f %9.1f %9.1f %9.1f %7.2f %7s", question.name(), http.medianMillis(),
                http.p95Millis(), bare.medianMillis(), bare.p95Millis(), ratio, goal));
    }

    private static String peakHeap() {
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return (peak / (1024 * 1024)) + " MB (sum of pool peaks)";
    }

    private String databaseName() {
        String url = System.getenv("BULLETIN_TEST_DB_URL");
        return url == null || url.isBlank() ? "H2" : "MariaDB";
    }

    static String group(String department) {
        return Role.submitterGroup(department);
    }
}
