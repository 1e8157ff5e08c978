package cn.scgov.bulletin.issue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.compilation.CompilationService;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.support.BrowserTestSupport;
import cn.scgov.bulletin.support.EngineJobs;
import cn.scgov.bulletin.support.TestBulletins;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browser tests of the office pages: the application with its services at hand, so a test can put an
 * issue where it needs it (departments submitting, editors accepting) before a person takes over.
 */
public abstract class OfficeBrowserTestSupport extends BrowserTestSupport {

    private static final AtomicInteger BULLETINS = new AtomicInteger();

    @Autowired protected IssueService issueService;
    @Autowired protected Issues issues;
    @Autowired protected ContributionService contributions;
    @Autowired protected CompilationService compilation;
    @Autowired protected BulletinCatalog catalog;
    @Autowired protected Directory directory;
    @Autowired protected ManagementService managementService;
    @Autowired protected ProcessEngineConfiguration engineConfiguration;

    protected EngineJobs jobs;

    @BeforeEach
    void engineJobs() {
        jobs = new EngineJobs(managementService, engineConfiguration);
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    @AfterEach
    void settle() {
        jobs.awaitIdle();
        jobs.resetClock();
    }

    protected CurrentUser user(String username) {
        return directory.currentUser(username).orElseThrow(() -> new AssertionError("no user " + username));
    }

    /** A small bulletin of its own (gat, jtyst, zjt contribute), so numbering and figures start clean. */
    protected Bulletin newBulletin() {
        return catalog.create(user("sysadmin"), "office-" + BULLETINS.incrementAndGet() + "-" + System.nanoTime() % 100000,
                TestBulletins.small());
    }

    protected Issue openIssue(Bulletin bulletin, LocalDate monday) {
        LocalDateTime deadline = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(7).withSecond(0).withNano(0);
        return issueService.open(user("editor"), new IssueService.OpenIssue(bulletin.id(), monday, monday.plusDays(4), deadline));
    }

    protected Contribution contributionOf(Issue issue, String department) {
        return contributions.mine(user(department), issue.id());
    }

    protected long sectionId(Issue issue, String key) {
        return issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().id();
    }

    protected void submit(Issue issue, String department, String... texts) {
        Contribution contribution = contributionOf(issue, department);
        long news = sectionId(issue, "news");
        contributions.submit(user(department), contribution.id(), contribution.version(),
                java.util.Arrays.stream(texts).map(text -> new DraftItem(news, text)).toList());
    }

    protected void accept(Issue issue, String department) {
        Contribution contribution = contributionOf(issue, department);
        contributions.review(user("editor"), contribution.id(), contribution.version(), ReviewDecision.ACCEPT, null);
    }

    protected void nothingToReport(Issue issue, String department) {
        Contribution contribution = contributionOf(issue, department);
        contributions.nothingToReport(user(department), contribution.id(), contribution.version());
    }

    /** Departments submit, the editor accepts: the issue arrives at compiling. */
    protected Issue compiling(Issue issue) {
        submit(issue, "gat", "公安厅窗口全面启动“成都大运会行政审批绿色通道”服务。", "公安厅窗口开展业务培训。");
        submit(issue, "jtyst", "交通运输厅窗口大件运输许可团队开展“上门服务”。");
        nothingToReport(issue, "zjt");
        accept(issue, "gat");
        accept(issue, "jtyst");
        jobs.awaitIdle();
        return issues.require(issue.id());
    }

    /** Waits, looking again when htmx replaced an element while it was being read. */
    @Override
    protected org.openqa.selenium.support.ui.WebDriverWait waitFor() {
        org.openqa.selenium.support.ui.WebDriverWait wait = super.waitFor();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    protected void phoneWidth() {
        driver.manage().window().setSize(new Dimension(375, 812));
    }

    protected void desktopWidth() {
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    protected String text(By by) {
        return visible(by).getText();
    }

    protected List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Clicks a button whose form asks for confirmation, and accepts the browser's dialog. */
    protected void clickAndConfirm(By by) {
        visible(by).click();
        waitFor().until(d -> {
            try {
                d.switchTo().alert().accept();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
    }

    protected void waitForUrl(String part) {
        waitFor().until(d -> d.getCurrentUrl().contains(part));
    }

    protected void clickAndWaitForReload(By by) {
        WebElement body = driver.findElement(By.tagName("body"));
        visible(by).click();
        waitFor().until(replaced(body));
    }
}
