package cn.scgov.bulletin.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.BulletinApplication;
import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestDatabaseInitializer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Throughput of one application node against two on the same database, in one run (not a timed test;
 * the command is in the README). The test's context is node 1; node 2 is a second application context
 * on the same database. The same submissions over HTTP (8 concurrent users, every contributing department
 * of the demo directory) go either all to node 1, or alternately to node 1 and node 2, as a balancer
 * without sticky sessions sends them; each side runs first in turn, after warm-up rounds of both.
 * Both nodes share this JVM and its cores, so the figure is what a second node costs or gains on the
 * same hardware (coordination through the database, a second job executor), not the scaling of a
 * second machine.
 */
@Tag("benchmark")
class TwoNodeThroughputBenchmark extends ApiTestSupport {

    private static final int USERS = Integer.getInteger("benchmark.users", 8);
    private static final int ISSUES_PER_ROUND = Integer.getInteger("benchmark.issuesPerRound", 3);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 4);
    private static final int WARMUP_ROUNDS = Integer.getInteger("benchmark.warmupRounds", 3);
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static ConfigurableApplicationContext secondNode;

    @Autowired
    Environment environment;

    private final Map<String, ApiClient> clients = new ConcurrentHashMap<>();
    private LocalDate nextMonday = LocalDate.of(2001, 1, 1);

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void oneNodeAgainstTwoNodesOnOneDatabase() throws Exception {
        int[] ports = {port, startSecondNode()};
        List<String> departments = directory.activeDepartments().stream().map(Department::code).toList();
        Bulletin bulletin = newBulletin(BenchmarkOutline.oneSectionFor(departments));
        for (String department : departments) {
            for (int node : ports) {
                assertThat(client(department, node).get("/api/me").status()).isEqualTo(200);
            }
        }
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            submit(openIssues(bulletin), new int[] {port}, new Latencies());
            submit(openIssues(bulletin), ports, new Latencies());
        }
        Latencies one = new Latencies();
        Latencies two = new Latencies();
        long[] nanos = new long[2];
        long[] cpu = new long[2];
        for (int round = 0; round < ROUNDS; round++) {
            List<Issue> forOne = openIssues(bulletin);
            List<Issue> forTwo = openIssues(bulletin);
            for (int turn = 0; turn < 2; turn++) {
                int side = (round + turn) % 2;
                long cpuBefore = PROCESS.getProcessCpuTime();
                nanos[side] += side == 0 ? submit(forOne, new int[] {port}, one) : submit(forTwo, ports, two);
                cpu[side] += PROCESS.getProcessCpuTime() - cpuBefore;
            }
        }
        double oneRate = one.count() / (nanos[0] / 1e9);
        double twoRate = two.count() / (nanos[1] / 1e9);
        String report = String.format("""

                ==== Two-node benchmark (%s, %d departments, %d users, %d completions per side) ====
                One node:  %.1f completions/s, median %.1f ms, p95 %.1f ms, JVM CPU %.1f ms per completion
                Two nodes: %.1f completions/s, median %.1f ms, p95 %.1f ms, JVM CPU %.1f ms per completion
                Two nodes / one node throughput: %.2f
                """, System.getenv(TestDatabaseInitializer.URL_VARIABLE), departments.size(), USERS, one.count(),
                oneRate, one.medianMillis(), one.p95Millis(), cpu[0] / 1e6 / one.count(),
                twoRate, two.medianMillis(), two.p95Millis(), cpu[1] / 1e6 / two.count(), twoRate / oneRate);
        System.out.println(report);
        assertThat(one.count()).isEqualTo(two.count());
    }

    /** Submits every contribution of the issues over HTTP on USERS threads, the i-th to ports[i % n]. */
    private long submit(List<Issue> opened, int[] nodes, Latencies latencies) throws Exception {
        ConcurrentLinkedQueue<Contribution> queue = new ConcurrentLinkedQueue<>();
        Map<Long, Long> sections = new HashMap<>();
        for (Issue issue : opened) {
            queue.addAll(contributions.ofIssue(user("editor"), issue.id()));
            sections.put(issue.id(), issues.outline(issue.id()).sections().get(0).id());
        }
        AtomicInteger turn = new AtomicInteger();
        return Workers.onThreads(USERS, queue, c -> {
            int node = nodes[turn.getAndIncrement() % nodes.length];
            long began = System.nanoTime();
            ApiClient.Response response = client(c.departmentCode(), node).post("/api/contributions/" + c.id()
                    + "/submit", Map.of("version", c.version(), "items", List.of(Map.of(
                            "sectionId", sections.get(c.issueId()), "text", "本周窗口工作动态。"))));
            if (response.status() != 200) {
                throw new IllegalStateException(response.toString());
            }
            latencies.add(System.nanoTime() - began);
        });
    }

    /** One client (one session) per department and node, as a user whose browser stays with one address. */
    private ApiClient client(String department, int node) {
        return clients.computeIfAbsent(department + "@" + node, key -> new ApiClient(node, department, "Demo@2026"));
    }

    private List<Issue> openIssues(Bulletin bulletin) {
        List<Issue> opened = new ArrayList<>();
        for (int i = 0; i < ISSUES_PER_ROUND; i++) {
            opened.add(open(bulletin, nextMonday));
            nextMonday = nextMonday.plusWeeks(1);
        }
        return opened;
    }

    private int startSecondNode() {
        secondNode = new SpringApplicationBuilder(BulletinApplication.class).run(
                "--" + TestDatabaseInitializer.JOIN_PROPERTY + "=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--server.port=0", "--spring.jmx.enabled=false");
        return ((WebServerApplicationContext) secondNode).getWebServer().getPort();
    }
}
