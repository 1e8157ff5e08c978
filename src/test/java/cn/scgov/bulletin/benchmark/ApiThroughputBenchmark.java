package cn.scgov.bulletin.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import cn.scgov.bulletin.benchmark.CoreFlowReport.CompileReady;
import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.directory.DepartmentKind;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The core-flow benchmark (not a timed test; run it with the command in the README). Against the
 * database of BULLETIN_TEST_DB_URL (MariaDB for the recorded figures) it measures, in one run:
 * task completions per second and p95 latency over HTTP with 8 concurrent users, the same engine
 * operations done directly on Flowable's TaskService (the floor; also with claim and complete in one
 * engine command, as the application does them), the inbox page's p95 over HTTP
 * at 20k open tasks against the bare engine query, and the time from the last of 44 concurrent
 * department completions to the compile task being ready. Every path is warmed up first, and the
 * JVM's CPU per completion is printed with the JIT's activity, so a reader can tell the web stack's
 * cost from a JIT that has not settled yet.
 */
@Tag("benchmark")
class ApiThroughputBenchmark extends ApiTestSupport {

    private static final int USERS = Integer.getInteger("benchmark.users", 8);
    private static final int DEPARTMENTS = 44;
    private static final int ISSUES_PER_ROUND = Integer.getInteger("benchmark.issuesPerRound", 5);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 4);
    private static final int WARMUP_ROUNDS = Integer.getInteger("benchmark.warmupRounds", 6);
    private static final int OPEN_TASKS = Integer.getInteger("benchmark.openTasks", 20_000);
    private static final int INBOX_SAMPLES = 300;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    CredentialRequests credentialRequests;

    @Autowired
    Credentials credentials;

    private LocalDate nextMonday = LocalDate.of(2001, 1, 1);

    @Test
    void coreFlow() throws Exception {
        List<String> departments = fortyFourDepartments();
        Bulletin bulletin = newBulletin(BenchmarkOutline.oneSectionFor(departments));
        departments.forEach(department -> api(department).get("/api/me"));

        // Warm up every path until the JIT has compiled it: on two cores the compiler threads otherwise
        // take about a core through the first minutes, from whichever side happens to be running then.
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            completeOverApi(openIssues(bulletin, ISSUES_PER_ROUND), new Latencies());
            completeOnEngine(openIssues(bulletin, ISSUES_PER_ROUND), new Latencies());
            completeOnService(openIssues(bulletin, ISSUES_PER_ROUND), new Latencies());
            completeOnEngineInOneCommand(openIssues(bulletin, ISSUES_PER_ROUND), new Latencies());
        }
        // Then the same submissions four ways per round, each way first in turn, so none always meets
        // the emptier database or the warmer caches: over HTTP, directly on the engine (the floor: claim,
        // then complete, two TaskService calls), through the service layer without HTTP (to tell the
        // application's own work from the web stack), and on the engine with claim and complete in one
        // command, as the service layer does them (the best the engine can do, for comparison).
        Latencies api = new Latencies();
        Latencies engine = new Latencies();
        Latencies service = new Latencies();
        Latencies oneCommand = new Latencies();
        long[] nanos = new long[4];
        long[] cpu = new long[4];
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long jitBefore = jit.getTotalCompilationTime();
        for (int round = 0; round < ROUNDS; round++) {
            List<Issue> forApi = openIssues(bulletin, ISSUES_PER_ROUND);
            List<Issue> forEngine = openIssues(bulletin, ISSUES_PER_ROUND);
            List<Issue> forService = openIssues(bulletin, ISSUES_PER_ROUND);
            List<Issue> forOneCommand = openIssues(bulletin, ISSUES_PER_ROUND);
            for (int turn = 0; turn < 4; turn++) {
                int side = (round + turn) % 4;
                long cpuBefore = PROCESS.getProcessCpuTime();
                switch (side) {
                    case 0 -> nanos[0] += completeOverApi(forApi, api);
                    case 1 -> nanos[1] += completeOnEngine(forEngine, engine);
                    case 2 -> nanos[2] += completeOnService(forService, service);
                    default -> nanos[3] += completeOnEngineInOneCommand(forOneCommand, oneCommand);
                }
                cpu[side] += PROCESS.getProcessCpuTime() - cpuBefore;
            }
        }
        double jitSeconds = (jit.getTotalCompilationTime() - jitBefore) / 1000.0;

        CompileReady compileReady = compileReadyAfterConcurrentCompletions(bulletin, departments);

        fillToOpenTasks(bulletin);
        long openTasks = taskService.createTaskQuery().count();
        Latencies inboxApi = new Latencies();
        Latencies inboxEngine = new Latencies();
        for (int i = 0; i < INBOX_SAMPLES; i++) {
            String department = departments.get(i % departments.size());
            Workers.timed(inboxEngine, () -> {
                var query = taskService.createTaskQuery().active().taskCandidateGroupIn(List.of(Role.submitterGroup(department)));
                query.count();
                query.orderByTaskCreateTime().desc().listPage(0, 20);
            });
            Workers.timed(inboxApi, () -> assertThat(api(department).get("/api/inbox?tab=GROUP").status()).isEqualTo(200));
        }

        String report = new CoreFlowReport(CoreFlowReport.databaseName(), USERS, WARMUP_ROUNDS, jitSeconds,
                new Latencies[] {api, engine, service, oneCommand}, nanos, cpu, compileReady, inboxApi, inboxEngine,
                openTasks).text();
        System.out.println(report);
        assertThat(api.count()).isEqualTo(engine.count());
    }

    // ---- throughput

    private long completeOverApi(List<Issue> opened, Latencies latencies) throws Exception {
        ConcurrentLinkedQueue<Contribution> queue = new ConcurrentLinkedQueue<>();
        Map<Long, Long> sections = new java.util.HashMap<>();
        for (Issue issue : opened) {
            queue.addAll(contributions.ofIssue(user("editor"), issue.id()));
            sections.put(issue.id(), issues.outline(issue.id()).sections().get(0).id());
        }
        return concurrently(queue, contribution -> Workers.timed(latencies, () -> {
            ApiClient.Response response = api(contribution.departmentCode()).post("/api/contributions/" + contribution.id()
                    + "/submit", Map.of("version", contribution.version(), "items", List.of(Map.of(
                            "sectionId", sections.get(contribution.issueId()), "text", "本周窗口工作动态。"))));
            if (response.status() != 200) {
                throw new IllegalStateException(response.toString());
            }
        }));
    }

    /** The same submissions through the service layer, without HTTP (to tell HTTP from service costs). */
    private long completeOnService(List<Issue> opened, Latencies latencies) throws Exception {
        ConcurrentLinkedQueue<Contribution> queue = new ConcurrentLinkedQueue<>();
        Map<Long, Long> sections = new java.util.HashMap<>();
        for (Issue issue : opened) {
            queue.addAll(contributions.ofIssue(user("editor"), issue.id()));
            sections.put(issue.id(), issues.outline(issue.id()).sections().get(0).id());
        }
        Map<String, cn.scgov.bulletin.directory.CurrentUser> users = new java.util.concurrent.ConcurrentHashMap<>();
        return concurrently(queue, contribution -> Workers.timed(latencies, () -> contributions.submit(
                users.computeIfAbsent(contribution.departmentCode(), this::user), contribution.id(), contribution.version(),
                List.of(new cn.scgov.bulletin.contribution.ContributionService.DraftItem(sections.get(contribution.issueId()),
                        "本周窗口工作动态。")))));
    }

    /** Claim, then complete: two calls on TaskService, as an application using the plain API makes them. */
    private long completeOnEngine(List<Issue> opened, Latencies latencies) throws Exception {
        return onEngine(opened, latencies, this::claimAndComplete);
    }

    /** As {@link #completeOnEngine}, with claim and complete in one engine command (as TaskGate does them). */
    private long completeOnEngineInOneCommand(List<Issue> opened, Latencies latencies) throws Exception {
        return onEngine(opened, latencies, task -> managementService.executeCommand(commandContext -> {
            claimAndComplete(task);
            return null;
        }));
    }

    private void claimAndComplete(Task task) {
        taskService.claim(task.getId(), task.getCategory());
        taskService.createTaskCompletionBuilder().taskId(task.getId())
                .variableLocal(IssueProcess.DECISION, "SUBMITTED").transientVariable(IssueProcess.OUTCOME, "SUBMIT")
                .complete();
    }

    private long onEngine(List<Issue> opened, Latencies latencies, Consumer<Task> submission) throws Exception {
        ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>();
        for (Issue issue : opened) {
            queue.addAll(taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                    .taskDefinitionKey(IssueProcess.DRAFT_TASK).list());
        }
        return concurrently(queue, task -> Workers.timed(latencies, () -> {
            Authentication.setAuthenticatedUserId(task.getCategory());
            try {
                submission.accept(task);
            } finally {
                Authentication.setAuthenticatedUserId(null);
            }
        }));
    }

    /** Runs the queue's items on {@value #USERS} threads; returns the wall time in nanoseconds. */
    private <T> long concurrently(ConcurrentLinkedQueue<T> queue, Consumer<T> work) throws Exception {
        return Workers.onThreads(USERS, queue, work);
    }

    // ---- 44 concurrent completions → compile task

    private CompileReady compileReadyAfterConcurrentCompletions(Bulletin bulletin, List<String> departments) throws Exception {
        Issue submitted = openIssues(bulletin, 1).get(0);
        long section = issues.outline(submitted.id()).sections().get(0).id();
        ConcurrentLinkedQueue<Contribution> drafts = new ConcurrentLinkedQueue<>(contributions.ofIssue(user("editor"), submitted.id()));
        Workers.allAtOnce(drafts, contribution -> api(contribution.departmentCode()).post("/api/contributions/"
                + contribution.id() + "/submit", Map.of("version", contribution.version(), "items",
                        List.of(Map.of("sectionId", section, "text", "稿件")))));
        ConcurrentLinkedQueue<Contribution> reviews = new ConcurrentLinkedQueue<>(contributions.ofIssue(user("editor"), submitted.id()));
        api("editor2").get("/api/me");
        int[] turn = {0};
        long lastAcceptance = Workers.allAtOnce(reviews, contribution -> api(turn[0]++ % 2 == 0 ? "editor" : "editor2")
                .post("/api/contributions/" + contribution.id() + "/review", Map.of("version", contribution.version(),
                        "decision", "ACCEPT")));
        double afterAcceptances = (untilCompileTask(submitted) - lastAcceptance) / 1e6;

        Issue empty = openIssues(bulletin, 1).get(0);
        ConcurrentLinkedQueue<Contribution> nothing = new ConcurrentLinkedQueue<>(contributions.ofIssue(user("editor"), empty.id()));
        long lastNothing = Workers.allAtOnce(nothing, contribution -> api(contribution.departmentCode()).post(
                "/api/contributions/" + contribution.id() + "/nothing-to-report", Map.of("version", contribution.version())));
        double afterNothing = (untilCompileTask(empty) - lastNothing) / 1e6;
        return new CompileReady(afterAcceptances, afterNothing);
    }

    private long untilCompileTask(Issue issue) {
        jobs.await(() -> compileTask(issue) != null, "the compile task");
        return System.nanoTime();
    }

    // ---- data

    private void fillToOpenTasks(Bulletin bulletin) throws Exception {
        int needed = (int) Math.ceil((OPEN_TASKS - taskService.createTaskQuery().count()) / (double) DEPARTMENTS);
        if (needed <= 0) {
            return;
        }
        List<LocalDate> mondays = new ArrayList<>();
        for (int i = 0; i < needed; i++) {
            mondays.add(nextMonday());
        }
        ConcurrentLinkedQueue<LocalDate> queue = new ConcurrentLinkedQueue<>(mondays);
        concurrently(queue, monday -> open(bulletin, monday));
    }

    private List<Issue> openIssues(Bulletin bulletin, int count) {
        List<Issue> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            opened.add(open(bulletin, nextMonday()));
        }
        return opened;
    }

    private synchronized LocalDate nextMonday() {
        LocalDate monday = nextMonday;
        nextMonday = nextMonday.plusWeeks(1);
        return monday;
    }

    /** The demo directory's 33 departments plus enough extra windows (each with a submitter) to make 44. */
    private List<String> fortyFourDepartments() {
        List<String> codes = new ArrayList<>(directory.activeDepartments().stream().map(Department::code).toList());
        for (int i = 1; codes.size() < DEPARTMENTS; i++) {
            String code = String.format("bench%02d", i);
            administration.createDepartment(user("sysadmin"), new DirectoryAdministration.DepartmentDraft(code,
                    "基准测试部门" + i, DepartmentKind.WINDOW, null, true, null));
            new Accounts(administration, credentialRequests, credentials, directory)
                    .create(code, "基准测试报送员" + i, code, EnumSet.of(Role.SUBMITTER), "Demo@2026");
            codes.add(code);
        }
        return codes;
    }
}
