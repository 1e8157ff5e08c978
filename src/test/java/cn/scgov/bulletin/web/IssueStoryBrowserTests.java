package cn.scgov.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * One issue from draft to acknowledged receipt, every role in its own browser session and only
 * through the pages: the 公安厅 submitter drafts and submits, the editor returns it, the submitter
 * resubmits, the editor accepts and compiles, the reviewer and the leader sign off, a recipient
 * acknowledges, the auditor finds all of it in the log, and a submitter of another department
 * cannot open the first one's contribution by its URL.
 */
class IssueStoryBrowserTests extends OfficeBrowserTestSupport {

    @Test
    void everyRoleDoesItsPartOfOneIssueInTheBrowser() {
        Issue issue = openIssue(newBulletin(), LocalDate.of(2026, 1, 5));
        nothingToReport(issue, "jtyst");
        nothingToReport(issue, "zjt");
        Contribution gat = contributionOf(issue, "gat");
        long news = sectionId(issue, "news");

        // The submitter drafts and submits.
        login("gat");
        open("/inbox?tab=GROUP&issueId=" + issue.id());
        WebElement task = visible(By.cssSelector(
                "[data-testid=inbox-row][data-step=draftContribution][data-issue-id='" + issue.id() + "']"));
        screenshot("story-submitter", "inbox");
        pageLoad(() -> click(task.findElement(By.cssSelector(".task-link"))));
        waitFor().until(d -> d.getCurrentUrl().endsWith("/contributions/" + gat.id()));
        htmxSwap(By.id("add-" + news));
        visible(By.id("text-0")).sendKeys("公安厅窗口全面启动绿色通道服务。");
        screenshot("story-submitter", "contribution-draft");
        pageLoad(() -> click(driver.findElement(By.cssSelector("[data-testid=submit]"))));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已报送");

        // The editor returns it with a reason.
        login("editor");
        open("/contributions/" + gat.id());
        visible(By.id("reason")).sendKeys("请补充本周办件数量。");
        screenshot("story-editor", "contribution-review");
        pageLoad(() -> click(driver.findElement(By.cssSelector("[data-testid=return]"))));
        assertThat(text(By.cssSelector(".alert.success"))).contains("退回");

        // The submitter sees why, revises and resubmits.
        login("gat");
        open("/contributions/" + gat.id());
        assertThat(text(By.cssSelector("[data-testid=return-reason]"))).contains("请补充本周办件数量。");
        WebElement text = visible(By.id("text-0"));
        text.clear();
        text.sendKeys("公安厅窗口全面启动绿色通道服务，本周办件 279 件。");
        screenshot("story-submitter", "contribution-returned");
        pageLoad(() -> click(driver.findElement(By.cssSelector("[data-testid=submit]"))));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已报送");

        // The editor accepts it and compiles the issue.
        login("editor");
        open("/contributions/" + gat.id());
        pageLoad(() -> click(driver.findElement(By.cssSelector("[data-testid=accept]"))));
        jobs.awaitIdle();
        open("/issues/" + issue.id() + "/compile");
        assertThat(text(By.cssSelector("[data-testid=section-news]"))).contains("本周办件 279 件");
        WebElement figures = driver.findElement(By.cssSelector("[data-testid=section-figures]"));
        figures.findElement(By.name("metric.consultations")).sendKeys("882");
        figures.findElement(By.name("metric.accepted")).sendKeys("109");
        click(figures.findElement(By.cssSelector("[data-testid=save-figures]")));
        waitFor().until(d -> d.findElement(By.cssSelector("[data-testid=section-figures] [data-testid=sentence]"))
                .getText().contains("共计咨询 882 人次"));
        WebElement platform = driver.findElement(By.cssSelector("[data-testid=section-platform]"));
        platform.findElement(By.name("metric.licensing")).sendKeys("78908");
        click(platform.findElement(By.cssSelector("[data-testid=save-figures]")));
        waitFor().until(d -> d.findElement(By.cssSelector("[data-testid=missing]")).getText().contains("均已填写"));
        screenshot("story-editor", "compile");
        clickAndConfirm(By.cssSelector("#send [data-testid=send-to-signoff]"));
        waitFor().until(d -> d.findElement(By.cssSelector("[data-testid=issue-status]")).getText().equals("审签中"));

        // The division head reviews, the centre leader signs off.
        login("reviewer");
        open("/issues/" + issue.id() + "/signoff");
        visible(By.id("opinion")).sendKeys("同意，请领导签发。");
        screenshot("story-reviewer", "signoff");
        clickAndWaitForReload(By.cssSelector("[data-testid=approve]"));
        login("leader");
        open("/issues/" + issue.id() + "/signoff");
        assertThat(text(By.tagName("main"))).contains("同意，请领导签发。");
        visible(By.id("opinion")).sendKeys("同意印发。");
        screenshot("story-leader", "signoff");
        clickAndWaitForReload(By.cssSelector("[data-testid=approve]"));
        clickAndWaitForReload(By.cssSelector("[data-testid=confirm-final-approve]"));
        jobs.awaitIdle();
        assertThat(issues.require(issue.id()).status()).isEqualTo(IssueStatus.DISTRIBUTED);

        // A recipient acknowledges receipt.
        login("recipient");
        open("/deliveries");
        WebElement delivery = visible(By.cssSelector("[data-testid=delivery][data-issue-id='" + issue.id() + "']"));
        screenshot("story-recipient", "deliveries");
        pageLoad(() -> click(delivery.findElement(By.cssSelector("[data-testid=acknowledge]"))));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已签收");

        // The auditor finds every step in the process log and the timeline.
        login("auditor");
        open("/audit?issue=" + issue.id());
        String log = text(By.cssSelector("table.audit-log tbody"));
        assertThat(log).contains("报送稿件", "退回稿件", "采用稿件", "送审", "审核通过", "签收文件");
        screenshot("story-auditor", "audit-log");
        open("/issues/" + issue.id() + "/timeline");
        assertThat(text(By.tagName("main"))).contains("请补充本周办件数量。", "同意印发。", "签收");
        screenshot("story-auditor", "timeline");

        // Another department cannot open 公安厅's contribution by its URL.
        login("jtyst");
        open("/contributions/" + gat.id());
        assertThat(text(By.tagName("h1"))).isEqualTo("无权访问");
        assertThat(driver.getPageSource()).doesNotContain("本周办件 279 件");
        screenshot("story-other-submitter", "contribution-forbidden");
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Does something that loads a new page, and waits for it. */
    private void pageLoad(Runnable action) {
        WebElement main = driver.findElement(By.tagName("main"));
        action.run();
        waitFor().until(replaced(main));
        visible(By.tagName("main"));
    }

    /** Clicks a button that re-renders the draft editor in place (htmx), and waits for the new one. */
    private void htmxSwap(By button) {
        WebElement editor = driver.findElement(By.id("contribution-editor"));
        click(driver.findElement(button));
        waitFor().until(replaced(editor));
        visible(By.id("contribution-editor"));
    }
}
