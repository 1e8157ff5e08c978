package cn.scgov.bulletin.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** The system administrator finds the failed reminders with their error and stack trace, and retries them all. */
@TestPropertySource(properties = "bulletin.test.context=incidents")
class IncidentsBrowserTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private FailingReminders failing;

    @AfterEach
    void resetClock() {
        if (failing != null) {
            failing.cleanUp();
            failing.jobs.awaitIdle();
            failing.jobs.resetClock();
        }
    }

    @Test
    void theFailedJobIsListedWithItsErrorAndRetryAllEmptiesTheList() {
        failing = new FailingReminders(context);
        failing.cleanUp();
        Issue issue = failing.openBroken(LocalDate.of(2026, 6, 1));
        failing.failOnce(issue);
        List<Job> dead = failing.exhaust(issue);

        login("sysadmin");
        page(driver.findElement(By.cssSelector("[data-testid=nav-incidents]")));
        List<WebElement> rows = driver.findElements(By.cssSelector("[data-testid=incident][data-state=DEAD_LETTER]"));
        assertThat(rows).hasSize(dead.size());
        WebElement row = driver.findElement(By.cssSelector("[data-testid=incident][data-job='" + dead.get(0).getId() + "']"));
        assertThat(row.getText()).contains("死信", issue.title(), "截止前提醒");
        assertThat(row.findElement(By.cssSelector("[data-testid=incident-error]")).getText()).contains("java.util.Date");

        row.findElement(By.cssSelector("[data-testid=stacktrace] summary")).click();
        assertThat(visible(By.cssSelector("[data-testid=stacktrace-text]")).getText()).contains("ClassCastException");
        screenshot("sysadmin", "incidents");

        failing.repair(issue);
        WebElement main = driver.findElement(By.tagName("main"));
        driver.findElement(By.cssSelector("[data-testid=retry-all]")).click();
        waitFor().until(ExpectedConditions.alertIsPresent()).accept();
        waitFor().until(replaced(main));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已重试全部 " + dead.size() + " 个失败作业");

        failing.jobs.awaitIdle();
        open("/admin/incidents");
        assertThat(visible(By.cssSelector("[data-testid=empty]")).getText()).contains("没有失败作业");
        assertThat(failing.deadLetters(issue)).isEmpty();
        screenshot("sysadmin", "incidents-retried");
    }

    private void page(WebElement target) {
        WebElement main = driver.findElement(By.tagName("main"));
        target.click();
        waitFor().until(replaced(main));
        visible(By.tagName("main"));
    }
}
