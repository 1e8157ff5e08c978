package cn.scgov.bulletin.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionStatus;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The issue workspace: departments' states, urging the late ones, closing collection early. */
class WorkspaceBrowserTests extends OfficeBrowserTestSupport {

    @Test
    void editorSeesWhereEachDepartmentStandsUrgesAndClosesCollectionEarly() {
        Issue issue = openIssue(newBulletin(), LocalDate.of(2026, 4, 6));
        submit(issue, "gat", "公安厅窗口全面启动绿色通道服务。");
        Contribution jtyst = contributionOf(issue, "jtyst");
        contributions.save(user("jtyst"), jtyst.id(), jtyst.version(),
                List.of(new DraftItem(sectionId(issue, "news"), "未完成的草稿")));

        login("editor");
        open("/issues/" + issue.id());
        assertThat(status("gat")).isEqualTo("待审核");
        assertThat(status("jtyst")).isEqualTo("起草中");
        assertThat(status("zjt")).isEqualTo("未开始");
        assertThat(driver.findElement(By.cssSelector("tr[data-department=gat] a")).getAttribute("href"))
                .endsWith("/issues/" + issue.id() + "/contributions/gat");
        assertThat(text(By.cssSelector("[data-testid=status-summary]"))).contains("待审核").contains("起草中").contains("未开始");
        assertThat(driver.findElements(By.cssSelector("tr[data-department=gat] [data-testid=urge]"))).isEmpty();
        screenshot("editor", "workspace");
        phoneWidth();
        screenshot("editor", "workspace-phone");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('matrix').scrollIntoView()");
        screenshot("editor", "workspace-phone-matrix");
        desktopWidth();

        clickAndWaitForReload(By.cssSelector("tr[data-department=jtyst] [data-testid=urge]"));
        assertThat(text(By.cssSelector(".alert.success"))).isEqualTo("已催办：交通运输厅");

        clickAndConfirm(By.cssSelector("[data-testid=close-collection]"));
        waitFor().until(d -> d.findElement(By.cssSelector(".alert.success")).getText().contains("征集已截止"));
        assertThat(status("jtyst")).isEqualTo("未报送");
        assertThat(status("zjt")).isEqualTo("未报送");
        assertThat(status("gat")).isEqualTo("待审核");
        assertThat(driver.findElements(By.cssSelector("[data-testid=close-collection]"))).isEmpty();
        assertThat(contributionOf(issue, "jtyst").status()).isEqualTo(ContributionStatus.NOT_SUBMITTED);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('matrix').scrollIntoView()");
        screenshot("editor", "workspace-closed");
    }

    @Test
    void approversSeeTheWorkspaceWithoutTheEditorsActions() {
        Issue issue = openIssue(newBulletin(), LocalDate.of(2026, 4, 13));
        login("reviewer");
        open("/issues/" + issue.id());
        assertThat(all(By.cssSelector("[data-testid=matrix-row]"))).hasSize(3);
        assertThat(all(By.cssSelector("[data-testid=urge], [data-testid=close-collection], #cancel, [data-testid=go-compile]"))).isEmpty();
        screenshot("reviewer", "workspace");
    }

    private String status(String department) {
        return driver.findElement(By.cssSelector("tr[data-department=" + department + "] [data-testid=contribution-status]")).getText();
    }
}
