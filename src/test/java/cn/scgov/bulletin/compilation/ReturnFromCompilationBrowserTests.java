package cn.scgov.bulletin.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * 退回部门修改 in Chromium: the editor returns an accepted contribution from the workspace with a reason, the
 * department finds it in its inbox and revises it, the editor accepts the revision, the compilation shows it,
 * and the timeline and diagram show where it went and why.
 */
class ReturnFromCompilationBrowserTests extends OfficeBrowserTestSupport {

    private static final String REASON = "办件数请以系统统计为准";

    @Test
    void editorReturnsAnAcceptedContributionTheDepartmentRevisesAndTheRevisionReplacesItsItems() {
        Issue issue = compiling(openIssue(newBulletin(), LocalDate.of(2026, 4, 20)));

        login("editor");
        open("/issues/" + issue.id());
        assertThat(all(By.cssSelector("tr[data-department=zjt] [data-testid=reopen]"))).as("nothing to report").isEmpty();
        WebElement reopen = visible(By.cssSelector("tr[data-department=gat] [data-testid=reopen]"));
        click(reopen.findElement(By.tagName("summary")));
        reopen.findElement(By.cssSelector("[data-testid=reopen-opinion]")).sendKeys(REASON);
        screenshot("editor", "workspace-reopen");
        clickAndWaitForReload(By.cssSelector("tr[data-department=gat] [data-testid=reopen-submit]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已退回公安厅修改", REASON);
        assertThat(text(By.cssSelector("tr[data-department=gat] [data-testid=contribution-status]"))).isEqualTo("已退回");
        assertThat(text(By.cssSelector("tr[data-department=gat]"))).contains(REASON);

        open("/issues/" + issue.id() + "/timeline");
        visible(By.cssSelector("#process-diagram.ready"));
        assertThat(all(By.cssSelector(".djs-element.step-current[data-element-id=reviseContribution]"))).hasSize(1);
        assertThat(all(By.cssSelector(".djs-element.step-current[data-element-id=compileIssue]"))).hasSize(1);
        WebElement revising = all(By.cssSelector("ol.timeline .step")).stream()
                .filter(step -> step.getText().contains("修改稿件")).findFirst().orElseThrow();
        assertThat(revising.getText()).contains("公安厅", REASON);
        screenshot("editor", "timeline-reopened");

        login("gat");
        open("/inbox?tab=GROUP&issueId=" + issue.id());
        WebElement task = visible(By.cssSelector("[data-testid=inbox-row][data-step=reviseContribution]"));
        assertThat(task.getText()).contains("修改稿件");
        clickAndWaitForReload(By.cssSelector("[data-testid=inbox-row][data-step=reviseContribution] .task-link"));
        assertThat(text(By.cssSelector("[data-testid=return-reason]"))).contains(REASON);
        assertThat(all(By.cssSelector("[data-testid=nothing-to-report]"))).isEmpty();
        WebElement first = visible(By.id("text-0"));
        first.clear();
        first.sendKeys("公安厅窗口本周办件 279 件（系统统计）。");
        clickAndWaitForReload(By.cssSelector("[data-testid=submit]"));
        assertThat(text(By.cssSelector("[data-testid=status]"))).isEqualTo("已报送");

        login("editor");
        open("/issues/" + issue.id() + "/contributions/gat");
        clickAndWaitForReload(By.cssSelector("[data-testid=accept]"));
        assertThat(text(By.cssSelector("[data-testid=status]"))).isEqualTo("已采用");

        open("/issues/" + issue.id() + "/compile");
        String page = text(By.tagName("main"));
        assertThat(page).contains("公安厅窗口本周办件 279 件（系统统计）。", "公安厅窗口开展业务培训。");
        assertThat(page).doesNotContain("成都大运会");
        screenshot("editor", "compile-after-revision");
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
