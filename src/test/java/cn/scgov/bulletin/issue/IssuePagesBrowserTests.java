package cn.scgov.bulletin.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.scgov.bulletin.bulletin.Bulletin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The editor's list of issues, opening the next one from the proposal, cancelling one. */
class IssuePagesBrowserTests extends OfficeBrowserTestSupport {

    @Test
    void editorOpensTheNextIssueFromTheProposalAndFixesWhatIsWrongWithoutRetyping() {
        Bulletin bulletin = newBulletin();
        login("editor");
        open("/issues");
        screenshot("editor", "issues");
        visible(By.cssSelector("[data-testid='open-next-" + bulletin.code() + "']")).click();

        waitForUrl("/issues/new");
        String proposed = text(By.cssSelector("[data-testid=proposed-line]"));
        assertThat(proposed).matches("\\d{4}年第1期（总第500期）");
        assertThat(driver.findElement(By.id("deadlineTime")).getAttribute("value")).isEqualTo("17:00");
        WebElement start = driver.findElement(By.id("periodStart"));
        assertThat(start.getAttribute("value")).isNotBlank();
        String proposedStart = start.getAttribute("value");
        assertThat(LocalDate.parse(proposedStart).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        screenshot("editor", "issue-new");

        // The editor shortens the deadline into the past by mistake: the form comes back with the reason and the period kept.
        setValue(By.id("deadlineDate"), "2020-01-06");
        setValue(By.id("periodEnd"), LocalDate.parse(proposedStart).plusDays(3).toString());
        driver.findElement(By.cssSelector("[data-testid=open-issue-form] button[type=submit]")).click();
        assertThat(text(By.id("deadline-error"))).contains("须晚于当前时间");
        assertThat(driver.findElement(By.id("periodEnd")).getAttribute("value"))
                .isEqualTo(LocalDate.parse(proposedStart).plusDays(3).toString());
        screenshot("editor", "issue-new-error");

        setValue(By.id("deadlineDate"), LocalDate.now().plusDays(5).toString());
        driver.findElement(By.cssSelector("[data-testid=open-issue-form] button[type=submit]")).click();
        waitFor().until(d -> d.getCurrentUrl().matches(".*/issues/\\d+$"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已开设");
        assertThat(text(By.cssSelector("[data-testid=issue-status]"))).isEqualTo("征集中");
        assertThat(text(By.cssSelector(".issue-header .proposed-mark"))).isEqualTo("拟");
        assertThat(all(By.cssSelector("[data-testid=matrix-row]"))).hasSize(3);
        assertThat(all(By.cssSelector("[data-testid=matrix-row] [data-testid=contribution-status]")))
                .extracting(WebElement::getText).containsOnly("未开始");

        open("/issues?bulletinId=" + bulletin.id() + "&status=COLLECTING");
        assertThat(all(By.cssSelector("[data-testid=issue-row]"))).hasSize(1);
        assertThat(text(By.cssSelector("[data-testid=issue-row]"))).contains("拟").contains("征集中");
        open("/issues?bulletinId=" + bulletin.id() + "&status=DISTRIBUTED");
        assertThat(all(By.cssSelector("[data-testid=issue-row]"))).isEmpty();
    }

    @Test
    void editorCancelsAnIssueWithAReason() {
        Issue issue = openIssue(newBulletin(), LocalDate.of(2026, 3, 2));
        login("editor");
        open("/issues/" + issue.id());
        visible(By.cssSelector("#cancel summary")).click();
        // An empty reason is refused by the browser before anything is sent (the server refuses it too: see the MockMvc tests).
        visible(By.cssSelector("[data-testid=cancel-issue]")).click();
        assertThat(driver.findElement(By.cssSelector("[data-testid=cancel-reason-input]")).getAttribute("validationMessage")).isNotBlank();
        assertThat(text(By.cssSelector("[data-testid=issue-status]"))).isEqualTo("征集中");

        visible(By.cssSelector("[data-testid=cancel-reason-input]")).sendKeys("本周与月报合并编发");
        clickAndConfirm(By.cssSelector("[data-testid=cancel-issue]"));
        waitFor().until(d -> d.findElement(By.cssSelector("[data-testid=issue-status]")).getText().equals("已作废"));
        assertThat(text(By.cssSelector("[data-testid=cancel-reason]"))).contains("本周与月报合并编发");
        assertThat(all(By.cssSelector("[data-testid=close-collection]"))).isEmpty();
        screenshot("editor", "issue-cancelled");
    }

    @Test
    void theOfficePagesSpeakEnglishWhenAsked() {
        Issue issue = openIssue(newBulletin(), LocalDate.of(2026, 3, 9));
        login("editor");
        open("/issues/" + issue.id() + "?lang=en");
        assertThat(text(By.cssSelector("[data-testid=issue-status]"))).isEqualTo("Collecting");
        assertThat(text(By.cssSelector("#matrix h2"))).isEqualTo("Contributions (3 departments)");
        assertThat(text(By.cssSelector(".facts"))).contains("Deadline");
        screenshot("editor", "workspace-en");
        open("/issues/" + issue.id() + "?lang=zh_CN");
        assertThat(text(By.cssSelector("[data-testid=issue-status]"))).isEqualTo("征集中");
    }

    private void setValue(By by, String value) {
        WebElement input = driver.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
