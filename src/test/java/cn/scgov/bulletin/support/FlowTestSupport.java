package cn.scgov.bulletin.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.compilation.CompilationService;
import cn.scgov.bulletin.compilation.IssueContents;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.distribution.DistributionService;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.signoff.SignoffService;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Base of the process tests: the real application on its own database, driven through the same
 * services the API uses, asserted through the services and the engine's queries.
 * <p>
 * The process, API, page (MockMvc) and browser tests declare the same application (a server on a random port,
 * with MockMvc), so Spring's test context cache starts it once for all of them instead of once per kind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class FlowTestSupport {

    private static final AtomicInteger BULLETINS = new AtomicInteger();

    @Autowired protected IssueService issueService;
    @Autowired protected cn.scgov.bulletin.issue.IssueDates issueDates;
    @Autowired protected Issues issues;
    @Autowired protected ContributionService contributions;
    @Autowired protected CompilationService compilation;
    @Autowired protected IssueContents contents;
    @Autowired protected SignoffService signoff;
    @Autowired protected DistributionService distribution;
    @Autowired protected BulletinCatalog catalog;
    @Autowired protected Directory directory;
    @Autowired protected TaskService taskService;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected HistoryService historyService;
    @Autowired protected ManagementService managementService;
    @Autowired protected ProcessEngineConfiguration engineConfiguration;

    protected EngineJobs jobs;

    @BeforeEach
    void engineJobs() {
        jobs = new EngineJobs(managementService, engineConfiguration);
    }

    @AfterEach
    void resetClock() {
        jobs.awaitIdle();
        jobs.resetClock();
    }

    protected CurrentUser user(String username) {
        return directory.currentUser(username).orElseThrow(() -> new AssertionError("no user " + username));
    }

    /** A new bulletin (a copy of the seeded one, or the given definition) so numbering and figures start clean. */
    protected Bulletin newBulletin(BulletinDefinition definition) {
        return catalog.create(user("sysadmin"), "test-" + BULLETINS.incrementAndGet() + "-" + System.nanoTime() % 100000,
                definition);
    }

    protected Bulletin newWeeklyBulletin() {
        return newBulletin(seeded("weekly").definition());
    }

    protected Bulletin seeded(String code) {
        return catalog.bulletins().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }

    /** Opens an issue of the bulletin for the week starting {@code monday}, due a week later. */
    protected Issue open(Bulletin bulletin, LocalDate monday) {
        LocalDateTime deadline = LocalDateTime.ofInstant(engineConfiguration.getClock().getCurrentTime().toInstant(),
                java.time.ZoneId.of("Asia/Shanghai")).plusDays(7);
        return issueService.open(user("editor"), new IssueService.OpenIssue(bulletin.id(), monday, monday.plusDays(4),
                deadline));
    }

    protected Contribution contributionOf(Issue issue, String department) {
        return contributions.mine(user(department), issue.id());
    }

    protected List<Task> tasks(Issue issue, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(taskDefinitionKey).list();
    }

    protected Task compileTask(Issue issue) {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.COMPILE_TASK).singleResult();
    }

    protected Issue reload(Issue issue) {
        return issues.require(issue.id());
    }

    protected Instant now() {
        return engineConfiguration.getClock().getCurrentTime().toInstant();
    }
}
