package cn.scgov.bulletin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionStatus;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Users acting at the same moment over HTTP: exactly one wins, nothing is duplicated, nothing gets stuck. */
class ConcurrentCompletionTests extends ApiTestSupport {

    private final ExecutorService pool = Executors.newFixedThreadPool(32);

    /** Log every client in first, so that the racing requests race in the database, not in BCrypt. */
    @org.junit.jupiter.api.BeforeEach
    void warmSessions() {
        for (String user : List.of("editor", "editor2", "reviewer", "leader", "leader2")) {
            assertThat(api(user).get("/api/me").status()).isEqualTo(200);
        }
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void twoEditorsAcceptingTheSameContributionAtOnceGetOneSuccessAndOneConflict() throws Exception {
        for (int round = 0; round < 3; round++) {
            Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 6, 1).plusWeeks(round));
            Contribution gat = submitted(issue, "gat", "公安厅第 " + round + " 轮稿件");
            Map<String, Object> accept = Map.of("version", gat.version(), "decision", "ACCEPT");

            List<ApiClient.Response> responses = together(
                    () -> api("editor").post("/api/contributions/" + gat.id() + "/review", accept),
                    () -> api("editor2").post("/api/contributions/" + gat.id() + "/review", accept));

            assertThat(responses).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
            assertThat(responses).filteredOn(r -> r.status() == 409)
                    .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(issue.processInstanceId())
                    .taskDefinitionKey(IssueProcess.REVIEW_TASK).finished().count()).isEqualTo(1);
            assertThat(compilation.compilation(user("editor"), issue.id()).sections().stream()
                    .flatMap(s -> s.items().stream()).count()).isEqualTo(1);
        }
    }

    @Test
    void twoLeadersSigningOffTheSameStepAtOnceGetOneSuccessAndOneConflict() throws Exception {
        Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 7, 6));
        for (String department : TestBulletins.DEPARTMENTS) {
            Contribution contribution = contributionOf(issue, department);
            contributions.nothingToReport(user(department), contribution.id(), contribution.version());
        }
        jobs.awaitIdle();
        var outline = issues.outline(issue.id()).sections();
        compilation.fillStatistics(user("editor"), issue.id(), outline.stream().filter(s -> s.key().equals("figures"))
                .findFirst().orElseThrow().id(), Map.of("consultations", 1L, "accepted", 1L));
        compilation.fillStatistics(user("editor"), issue.id(), outline.stream().filter(s -> s.key().equals("platform"))
                .findFirst().orElseThrow().id(), Map.of("licensing", 1L));
        compilation.sendToSignoff(user("editor"), issue.id());
        api("reviewer").post("/api/issues/" + issue.id() + "/signoff", Map.of("decision", "APPROVE", "opinion", "同意"));

        List<ApiClient.Response> responses = together(
                () -> api("leader").post("/api/issues/" + issue.id() + "/signoff", Map.of("decision", "APPROVE", "opinion", "同意印发")),
                () -> api("leader2").post("/api/issues/" + issue.id() + "/signoff", Map.of("decision", "APPROVE", "opinion", "同意")));

        assertThat(responses).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
        jobs.awaitIdle();
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.DISTRIBUTED);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.SIGNOFF_TASK).finished().count()).isEqualTo(2);
        assertThat(reload(issue).yearlyNumber()).isNotNull();
    }

    @Test
    void thirtyDepartmentsSubmittingAtOnceAllGetThroughAndTheCompileTaskAppears() throws Exception {
        Bulletin weekly = newWeeklyBulletin();
        Issue issue = open(weekly, LocalDate.of(2026, 5, 4));
        List<Contribution> all = contributions.ofIssue(user("editor"), issue.id());
        assertThat(all).hasSize(30);

        all.forEach(contribution -> api(contribution.departmentCode()).get("/api/me"));
        List<Callable<ApiClient.Response>> submissions = new ArrayList<>();
        for (Contribution contribution : all) {
            long section = issues.outline(issue.id()).sectionsOf(contribution.departmentCode()).stream()
                    .filter(s -> s.kind() == cn.scgov.bulletin.bulletin.SectionKind.NARRATIVE).findFirst().orElseThrow().id();
            submissions.add(() -> api(contribution.departmentCode()).post("/api/contributions/" + contribution.id() + "/submit",
                    Map.of("version", contribution.version(), "items", List.of(Map.of("sectionId", section,
                            "text", contribution.departmentCode() + " 本周工作动态。")))));
        }
        assertThat(together(submissions)).extracting(ApiClient.Response::status).containsOnly(200);

        List<Callable<ApiClient.Response>> reviews = new ArrayList<>();
        int i = 0;
        for (Contribution contribution : contributions.ofIssue(user("editor"), issue.id())) {
            String editor = i++ % 2 == 0 ? "editor" : "editor2";
            reviews.add(() -> api(editor).post("/api/contributions/" + contribution.id() + "/review",
                    Map.of("version", contribution.version(), "decision", "ACCEPT")));
        }
        assertThat(together(reviews)).extracting(ApiClient.Response::status).containsOnly(200);

        jobs.awaitIdle();
        assertThat(compileTask(issue)).isNotNull();
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.COMPILING);
        assertThat(contributions.ofIssue(user("editor"), issue.id())).extracting(Contribution::status)
                .containsOnly(ContributionStatus.ACCEPTED);
        assertThat(managementService.createDeadLetterJobQuery().count()).isZero();
        assertThat(compilation.compilation(user("editor"), issue.id()).sections().stream()
                .flatMap(s -> s.items().stream()).count()).isEqualTo(30);
    }

    private Contribution submitted(Issue issue, String department, String text) {
        Contribution draft = contributionOf(issue, department);
        long news = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("news")).findFirst()
                .orElseThrow().id();
        return contributions.submit(user(department), draft.id(), draft.version(),
                List.of(new cn.scgov.bulletin.contribution.ContributionService.DraftItem(news, text)));
    }

    @SafeVarargs
    private List<ApiClient.Response> together(Callable<ApiClient.Response>... calls) throws Exception {
        return together(List.of(calls));
    }

    /** Starts all calls at the same instant and returns their responses. */
    private List<ApiClient.Response> together(List<Callable<ApiClient.Response>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiClient.Response>> futures = new ArrayList<>();
        for (Callable<ApiClient.Response> call : calls) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        ready.await();
        go.countDown();
        List<ApiClient.Response> responses = new ArrayList<>();
        for (Future<ApiClient.Response> future : futures) {
            responses.add(future.get());
        }
        return responses;
    }
}
