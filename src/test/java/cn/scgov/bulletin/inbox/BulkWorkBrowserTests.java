package cn.scgov.bulletin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.contribution.ContributionStatus;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Bulk work in the pages: 批量签收 in the inbox and 批量采用 in the issue workspace — tick the items, confirm once,
 * see one line per item: the one someone changed meanwhile is named with its reason, the others are done.
 */
class BulkWorkBrowserTests extends BrowserTestSupport {

    @Autowired ApplicationContext context;
    @Autowired TaskOperations operations;
    @Autowired TaskService tasks;

    @Autowired ContributionService contributions;

    private ParticipantsFixture fixture;

    @AfterEach
    void quietEngine() {
        if (fixture != null) {
            fixture.jobs.awaitIdle();
        }
    }

    @Test
    void selectConfirmOnceAndSeeEachTasksResult() {
        fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        Bulletin bulletin = fixture.bulletin(List.of(unit.code()));
        List<Issue> opened = List.of(fixture.open(bulletin, LocalDate.of(2026, 5, 4)),
                fixture.open(bulletin, LocalDate.of(2026, 5, 11)), fixture.open(bulletin, LocalDate.of(2026, 5, 18)));
        List<String> drafts = opened.stream().map(issue -> tasks.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).singleResult().getId()).toList();

        login(unit.submitter());
        open("/inbox?tab=GROUP");
        assertThat(driver.findElements(By.cssSelector("[data-testid=pick]"))).hasSize(3);
        visible(By.cssSelector("[data-testid=pick-all]")).click();
        assertThat(driver.findElements(By.cssSelector("[data-testid=pick]"))).allSatisfy(box -> assertThat(box.isSelected()).isTrue());
        screenshot("submitter", "inbox-bulk-claim");
        // Meanwhile the department's second submitter claims the middle one.
        operations.claim(fixture.user(unit.submitter2()), drafts.get(1));

        WebElement main = driver.findElement(By.tagName("main"));
        WebElement button = visible(By.cssSelector("[data-testid=bulk-claim]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        Alert confirmation = waitFor().until(ExpectedConditions.alertIsPresent());
        assertThat(confirmation.getText()).contains("确认签收所选的 3 项任务");
        confirmation.accept();
        waitFor().until(replaced(main));

        WebElement result = visible(By.cssSelector("[data-testid=bulk-result]"));
        assertThat(result.findElement(By.cssSelector("[data-testid=bulk-summary]")).getText()).contains("成功 2 项", "失败 1 项");
        List<WebElement> lines = result.findElements(By.cssSelector("[data-testid=bulk-line]"));
        assertThat(lines).extracting(line -> line.getAttribute("data-id")).containsExactlyInAnyOrderElementsOf(drafts);
        WebElement refused = lines.stream().filter(line -> line.getAttribute("data-id").equals(drafts.get(1))).findFirst().orElseThrow();
        assertThat(refused.getText()).contains("失败", "起草报送", unit.name(), "该任务已由他人签收");
        assertThat(lines).filteredOn(line -> !line.getAttribute("data-id").equals(drafts.get(1)))
                .allSatisfy(line -> assertThat(line.getText()).contains("成功", "窗口工作周报", "起草报送"));
        screenshot("submitter", "inbox-bulk-claim-result");

        assertThat(drafts).extracting(id -> tasks.createTaskQuery().taskId(id).singleResult())
                .extracting(Task::getAssignee).containsExactly(unit.submitter(), unit.submitter2(), unit.submitter());
        assertThat(driver.findElements(By.cssSelector("[data-testid=inbox-row]"))).isEmpty();
    }

    @Test
    void theEditorAcceptsSeveralContributionsWithOneConfirmation() {
        fixture = new ParticipantsFixture(context);
        List<ParticipantsFixture.Unit> units = List.of(fixture.unit(), fixture.unit(), fixture.unit());
        Issue issue = fixture.open(fixture.bulletin(units.stream().map(ParticipantsFixture.Unit::code).toList()),
                LocalDate.of(2026, 5, 25));
        units.forEach(unit -> fixture.submit(issue, unit.submitter(), unit.code(), unit.name() + "本周窗口工作。"));

        login("editor");
        open("/issues/" + issue.id());
        assertThat(driver.findElements(By.cssSelector("[data-testid=pick]"))).hasSize(3);
        visible(By.cssSelector("[data-testid=pick-all]")).click();
        // Meanwhile the last department takes its submission back to change it.
        ParticipantsFixture.Unit withdrawing = units.get(2);
        Contribution submitted = fixture.contribution(issue, withdrawing.code());
        contributions.withdraw(fixture.user(withdrawing.submitter()), submitted.id(), submitted.version());

        WebElement main = driver.findElement(By.tagName("main"));
        WebElement button = visible(By.cssSelector("[data-testid=bulk-accept]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        Alert confirmation = waitFor().until(ExpectedConditions.alertIsPresent());
        assertThat(confirmation.getText()).contains("确认采用所选的 3 份稿件");
        confirmation.accept();
        waitFor().until(replaced(main));

        WebElement result = visible(By.cssSelector("[data-testid=bulk-result]"));
        assertThat(result.findElement(By.cssSelector("[data-testid=bulk-summary]")).getText()).contains("成功 2 项", "失败 1 项");
        assertThat(result.findElements(By.cssSelector("[data-testid=bulk-line][data-ok=false]"))).singleElement()
                .satisfies(line -> assertThat(line.getText()).contains(withdrawing.name(), "不在待审核状态"));
        screenshot("editor", "workspace-bulk-accept-result");
        assertThat(units).extracting(unit -> fixture.contribution(issue, unit.code()).status())
                .containsExactly(ContributionStatus.ACCEPTED, ContributionStatus.ACCEPTED, ContributionStatus.DRAFTING);
    }
}
