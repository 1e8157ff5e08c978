package cn.scgov.bulletin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.directory.DepartmentKind;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;
import cn.scgov.bulletin.rendering.DocumentFormat;
import cn.scgov.bulletin.rendering.IssueDocuments;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An issue of every window department where only two reported: the timeline folds the departments' repeated
 * steps into groups, can be narrowed by kind and department, and shows the frozen files' SHA-256 on 编号定稿.
 */
class TimelineGroupingBrowserTests extends OfficeBrowserTestSupport {

    @Autowired ApplicationContext context;
    @Autowired IssueDocuments documents;

    @Test
    void manyDepartmentsNotSubmittedAreGroupedFilterableAndTheFrozenHashesShown() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        List<String> windows = directory.activeDepartments().stream().filter(d -> d.kind() == DepartmentKind.WINDOW)
                .map(Department::code).toList();
        assertThat(windows).hasSizeGreaterThan(20).contains("gat", "jtyst");
        Issue issue = fixture.open(fixture.bulletin(windows), LocalDate.of(2026, 8, 3));
        fixture.submit(issue, "gat", "gat", "公安厅窗口开展业务培训。");
        fixture.submit(issue, "jtyst", "jtyst", "交通运输厅窗口开展上门服务。");
        fixture.accept(issue, "gat");
        fixture.accept(issue, "jtyst");
        issueService.closeCollection(user("editor"), issue.id());
        fixture.distribute(issue);
        int notSubmitted = windows.size() - 2;

        login("auditor");
        open("/issues/" + issue.id() + "/timeline");
        List<WebElement> groups = driver.findElements(By.cssSelector("[data-testid=step-group]"));
        assertThat(groups).hasSizeGreaterThanOrEqualTo(2);
        assertThat(groups).allSatisfy(group -> assertThat(group.findElement(By.cssSelector("[data-testid=group-count]")).getText())
                .isEqualTo(notSubmitted + " 个部门"));
        assertThat(groups.stream().map(g -> g.findElement(By.cssSelector(".step-name")).getText()))
                .contains("起草报送");
        // Folded, the timeline of 29 departments fits in a few screens (it was about 7,600 px).
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('ol.timeline').getBoundingClientRect().height;");
        assertThat(height.doubleValue()).isLessThan(2500);
        screenshot("auditor", "timeline-grouped");

        WebElement drafts = groups.stream().filter(g -> g.getText().contains("起草报送")).findFirst().orElseThrow();
        drafts.findElement(By.tagName("summary")).click();
        assertThat(drafts.findElements(By.cssSelector("[data-testid=group-member]"))).hasSize(notSubmitted);
        assertThat(drafts.getText()).contains("住房城乡建设厅");

        // The 编号定稿 step names the hash of every frozen file.
        WebElement freeze = visible(By.cssSelector("ol.timeline [data-step=freezeIssue]"));
        String pdfHash = documents.frozenHashes(user("auditor"), issue.id()).get(DocumentFormat.PDF);
        assertThat(pdfHash).hasSize(64);
        assertThat(freeze.findElement(By.cssSelector("[data-testid=frozen-hashes]")).getText()).containsIgnoringCase("pdf").contains(pdfHash);

        // Narrowed to one department: its own steps, one by one.
        new Select(visible(By.id("t-department"))).selectByValue("zjt");
        submitFilter();
        assertThat(driver.findElements(By.cssSelector("[data-testid=step-group]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("ol.timeline [data-testid=step]"))).isNotEmpty()
                .allSatisfy(step -> assertThat(step.getText()).contains("住房城乡建设厅"));
        // Narrowed to system steps: no step done by a person is left.
        open("/issues/" + issue.id() + "/timeline?kind=SYSTEM");
        assertThat(driver.findElements(By.cssSelector("ol.timeline .step-name")).stream().map(WebElement::getText))
                .contains("编号定稿").doesNotContain("起草报送", "审核", "签发");
        assertThat(text(By.cssSelector("[data-testid=timeline-count]"))).contains("共");
        screenshot("auditor", "timeline-system-steps");
    }

    private void submitFilter() {
        WebElement main = driver.findElement(By.tagName("main"));
        driver.findElement(By.cssSelector("[data-testid=timeline-filter] button[type=submit]")).click();
        waitFor().until(replaced(main));
    }
}
