package cn.scgov.bulletin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A department's two submitters work their inbox: tabs and counts, filters and sort, claim and
 * unclaim, transfer, delegate and take back, completed and overdue tasks. The department is the test's own,
 * so every count is exactly what the test did.
 */
class InboxPageBrowserTests extends BrowserTestSupport {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired ApplicationContext context;
    @Autowired ContributionService contributions;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private Bulletin weekly;
    private Bulletin other;
    private Issue first;
    private Issue second;

    @BeforeEach
    void openIssues() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        weekly = fixture.bulletin(List.of(unit.code()));
        other = fixture.bulletin(List.of(unit.code()));
        LocalDateTime now = LocalDateTime.ofInstant(fixture.now(), ZONE);
        first = fixture.open(weekly, LocalDate.of(2026, 4, 6), now.plusDays(7));
        second = fixture.open(other, LocalDate.of(2026, 4, 6), now.plusDays(3));
    }

    @AfterEach
    void resetClock() {
        fixture.jobs.awaitIdle();
        fixture.jobs.resetClock();
    }

    @Test
    void tabsCountsFiltersClaimUnclaimTransferAndDelegate() {
        login(unit.submitter());
        // My own list is empty but two drafts wait to be claimed: the landing page is where the work is.
        open("/inbox");
        assertCounts(0, 2, 0, 0);
        assertThat(driver.findElement(By.cssSelector("[data-testid=tab-GROUP]")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(visible(By.cssSelector("[data-testid=landed-on-group]")).getText()).contains("您有 2 项待签收");
        assertThat(rows()).hasSize(2);
        screenshot("submitter", "inbox-landing");
        // Asking for 我的待办 itself shows it empty, with the pointer to the work.
        tab("MINE");
        assertThat(visible(By.cssSelector("[data-testid=empty]")).getText()).contains("暂无待办任务");
        assertThat(visible(By.cssSelector("[data-testid=group-pointer]")).getText()).contains("您有 2 项待签收");
        screenshot("submitter", "inbox-empty");
        page(driver.findElement(By.cssSelector("[data-testid=to-group]")));
        assertThat(driver.findElement(By.cssSelector("[data-testid=tab-GROUP]")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(driver.findElements(By.cssSelector("[data-testid=landed-on-group]"))).isEmpty();
        assertThat(rows()).hasSize(2);
        assertThat(rows()).allSatisfy(row -> assertThat(row.getText()).contains(unit.name(), "起草报送", "待签收"));
        screenshot("submitter", "inbox-group");

        filter(form -> new Select(form.findElement(By.id("f-issue"))).selectByValue(String.valueOf(first.id())));
        assertThat(rowIssues()).containsExactly(first.id());
        clearFilters();
        filter(form -> new Select(form.findElement(By.id("f-bulletin"))).selectByValue(String.valueOf(other.id())));
        assertThat(rowIssues()).containsExactly(second.id());
        clearFilters();
        filter(form -> setDate(form.findElement(By.id("f-due")), LocalDate.ofInstant(fixture.now(), ZONE).plusDays(4)));
        assertThat(rowIssues()).containsExactly(second.id());
        clearFilters();
        filter(form -> new Select(form.findElement(By.id("f-sort"))).selectByValue("DUE"));
        assertThat(rowIssues()).containsExactly(second.id(), first.id());
        screenshot("submitter", "inbox-filtered");

        page(row(first).findElement(By.cssSelector("[data-testid=claim]")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已签收");
        assertCounts(1, 1, 0, 0);
        tab("MINE");
        assertThat(rowIssues()).containsExactly(first.id());
        screenshot("submitter", "inbox-mine");
        phoneScreenshot("submitter", "inbox-mine-phone");

        page(row(first).findElement(By.cssSelector(".task-link")));
        Contribution contribution = fixture.contribution(first, unit.code());
        waitFor().until(d -> d.getCurrentUrl().endsWith("/contributions/" + contribution.id()));
        open("/inbox");
        page(row(first).findElement(By.cssSelector("[data-testid=unclaim]")));
        assertCounts(0, 2, 0, 0);

        tab("GROUP");
        page(row(first).findElement(By.cssSelector("[data-testid=claim]")));
        tab("MINE");
        page(row(first).findElement(By.cssSelector("[data-testid=hand-over]")));
        Select target = new Select(visible(By.id("target")));
        assertThat(target.getOptions()).extracting(WebElement::getText).contains(unit.name() + "报送员（二）（" + unit.name() + "）")
                .doesNotContain(unit.name() + "报送员（" + unit.name() + "）");
        screenshot("submitter", "inbox-hand-over");
        target.selectByValue(unit.submitter2());
        page(driver.findElement(By.cssSelector("[data-testid=confirm-hand-over]")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已转办给" + unit.name() + "报送员（二）");
        assertCounts(0, 1, 0, 0);

        tab("GROUP");
        page(row(second).findElement(By.cssSelector("[data-testid=claim]")));
        tab("MINE");
        page(row(second).findElement(By.cssSelector("[data-testid=hand-over]")));
        driver.findElement(By.cssSelector("label[for=mode-delegate]")).click();
        new Select(visible(By.id("target"))).selectByValue(unit.submitter2());
        page(driver.findElement(By.cssSelector("[data-testid=confirm-hand-over]")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已委派给");
        // The delegator stays answerable: the task stays in their list, marked, and can be taken back.
        assertCounts(1, 0, 0, 0);
        assertThat(row(second).findElement(By.cssSelector("[data-testid=delegated-out]")).getText()).contains("已委派");
        assertThat(row(second).getText()).contains(unit.name() + "报送员（二）");
        screenshot("submitter", "inbox-delegated");
        page(row(second).findElement(By.cssSelector("[data-testid=reclaim]")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已收回");
        assertThat(row(second).findElements(By.cssSelector("[data-testid=delegated-out]"))).isEmpty();
        assertThat(row(second).findElements(By.cssSelector("[data-testid=hand-over]"))).hasSize(1);
        page(row(second).findElement(By.cssSelector("[data-testid=hand-over]")));
        driver.findElement(By.cssSelector("label[for=mode-delegate]")).click();
        new Select(visible(By.id("target"))).selectByValue(unit.submitter2());
        page(driver.findElement(By.cssSelector("[data-testid=confirm-hand-over]")));
        assertCounts(1, 0, 0, 0);

        login(unit.submitter2());
        open("/inbox");
        assertCounts(2, 0, 0, 0);
        assertThat(row(second).getText()).contains(unit.name() + "报送员 委派");
        assertThat(row(first).findElements(By.cssSelector("[data-testid=unclaim]"))).hasSize(1);
        screenshot("submitter2", "inbox-mine");

        Contribution answered = fixture.contribution(first, unit.code());
        contributions.nothingToReport(fixture.user(unit.submitter2()), answered.id(), answered.version());
        open("/inbox");
        assertCounts(1, 0, 1, 0);
        tab("DONE");
        assertThat(rowIssues()).containsExactly(first.id());
        assertThat(row(first).getText()).contains("起草报送", "本期无报送");
        screenshot("submitter2", "inbox-done");
    }

    @Test
    void overdueTasksAreCountedAndMarked() {
        LocalDateTime now = LocalDateTime.ofInstant(fixture.now(), ZONE);
        // The shortest deadline allowed (bulletin.schedule.minimum-lead-time, 24 h), then a little past it.
        Issue late = fixture.open(weekly, LocalDate.of(2026, 4, 13), now.plusHours(24).plusMinutes(2));
        fixture.jobs.moveClockBy(Duration.ofHours(24).plusMinutes(5));
        fixture.jobs.awaitIdle();

        login(unit.submitter());
        open("/inbox");
        assertCounts(0, 3, 0, 1);
        tab("OVERDUE");
        assertThat(rowIssues()).containsExactly(late.id());
        assertThat(row(late).findElement(By.cssSelector("[data-testid=overdue]")).getText()).isEqualTo("已逾期");
        screenshot("submitter", "inbox-overdue");

        open("/inbox?tab=OVERDUE&lang=en");
        assertThat(visible(By.cssSelector("[data-testid=tab-OVERDUE]")).getText()).contains("Overdue");
        assertThat(row(late).findElement(By.cssSelector("[data-testid=overdue]")).getText()).isEqualTo("Overdue");
        screenshot("submitter", "inbox-overdue-en");
        open("/inbox?lang=zh_CN");
    }

    // ---- page helpers

    private void assertCounts(long mine, long group, long done, long overdue) {
        assertThat(List.of(count("MINE"), count("GROUP"), count("DONE"), count("OVERDUE")))
                .containsExactly(mine, group, done, overdue);
    }

    private long count(String tab) {
        return Long.parseLong(visible(By.cssSelector("[data-testid=count-" + tab + "]")).getText());
    }

    private void tab(String tab) {
        page(visible(By.cssSelector("[data-testid=tab-" + tab + "]")));
        assertThat(driver.findElement(By.cssSelector("[data-testid=tab-" + tab + "]")).getAttribute("aria-current"))
                .isEqualTo("page");
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("[data-testid=inbox-row]"));
    }

    private List<Long> rowIssues() {
        return rows().stream().map(row -> Long.parseLong(row.getAttribute("data-issue-id"))).toList();
    }

    private WebElement row(Issue issue) {
        return visible(By.cssSelector("[data-testid=inbox-row][data-issue-id='" + issue.id() + "']"));
    }

    private void filter(java.util.function.Consumer<WebElement> choose) {
        WebElement details = driver.findElement(By.cssSelector("details.filters"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        WebElement form = visible(By.cssSelector("[data-testid=filters]"));
        choose.accept(form);
        page(form.findElement(By.cssSelector("button[type=submit]")));
    }

    private void clearFilters() {
        page(driver.findElement(By.cssSelector(".filter-actions a")));
    }

    private void setDate(WebElement input, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, date.toString());
    }

    /** Clicks a link or button that loads a new page, and waits for it. */
    private void page(WebElement target) {
        WebElement main = driver.findElement(By.tagName("main"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
        waitFor().until(replaced(main));
        visible(By.tagName("main"));
    }

    private void phoneScreenshot(String role, String page) {
        Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            driver.navigate().refresh();
            visible(By.tagName("main"));
            screenshot(role, page);
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }
}
