package cn.scgov.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Slow actions (open an issue, urge all, send to sign-off, approve) show that they are working and cannot be
 * sent twice (js/busy.js). The test holds the page where it is after the first submission — a listener
 * registered after the application's records whether the submission went out and then keeps the browser
 * from leaving — so what the user sees while waiting can be read, and a second submission tried.
 */
class SlowActionsBrowserTests extends OfficeBrowserTestSupport {

    @Test
    void openIssueUrgeAllSendToSignoffAndApproveShowProgressAndRefuseASecondSubmission() {
        Issue collecting = openIssue(newBulletin(), LocalDate.of(2026, 6, 1));
        login("editor");

        open("/issues/new?bulletinId=" + newBulletin().id());
        assertBusyAfter(visible(By.cssSelector("[data-testid=open-issue-form] button[type=submit]")));

        open("/issues/" + collecting.id());
        holdSubmissions();
        clickAndConfirm(By.cssSelector("[data-testid=urge-all]"));
        assertBusy(driver.findElement(By.cssSelector("[data-testid=urge-all]")));
        assertSecondSubmissionRefused(By.cssSelector("[data-testid=urge-all]"));

        Issue compiling = compiling(openIssue(newBulletin(), LocalDate.of(2026, 6, 8)));
        compilation.fillStatistics(user("editor"), compiling.id(), sectionId(compiling, "figures"),
                Map.of("consultations", 882L, "accepted", 109L));
        compilation.fillStatistics(user("editor"), compiling.id(), sectionId(compiling, "platform"), Map.of("licensing", 78908L));
        open("/issues/" + compiling.id());
        holdSubmissions();
        clickAndConfirm(By.cssSelector("[data-testid=send-to-signoff]"));
        assertBusy(driver.findElement(By.cssSelector("[data-testid=send-to-signoff]")));
        assertSecondSubmissionRefused(By.cssSelector("[data-testid=send-to-signoff]"));

        compilation.sendToSignoff(user("editor"), compiling.id());
        login("reviewer");
        open("/issues/" + compiling.id() + "/signoff");
        WebElement approve = visible(By.cssSelector("[data-testid=approve]"));
        assertBusyAfter(approve);
        screenshot("reviewer", "signoff-busy");
        // The pressed button's decision still goes with the form although the button is disabled.
        assertThat(driver.findElement(By.cssSelector("[data-testid=decide-form] input[type=hidden][name=decision]"))
                .getAttribute("value")).isEqualTo("APPROVE");
        assertThat(driver.findElement(By.cssSelector("[data-testid=return]")).isEnabled()).isFalse();
    }

    private void assertBusyAfter(WebElement button) {
        holdSubmissions();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        assertBusy(button);
        ((JavascriptExecutor) driver).executeScript("arguments[0].form.requestSubmit();", button);
        assertThat(submissions()).containsExactly(false, true);
    }

    private void assertSecondSubmissionRefused(By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].form.requestSubmit();", driver.findElement(by));
        assertThat(submissions()).containsExactly(false, true);
    }

    private void assertBusy(WebElement button) {
        assertThat(button.isEnabled()).isFalse();
        assertThat(button.getText()).isEqualTo("处理中…");
        assertThat(button.getAttribute("class")).contains("is-busy");
        assertThat(((JavascriptExecutor) driver).executeScript("return arguments[0].form.getAttribute('aria-busy');", button))
                .isEqualTo("true");
    }

    private void holdSubmissions() {
        ((JavascriptExecutor) driver).executeScript("window.__submissions = [];"
                + "window.addEventListener('submit', function (e) { window.__submissions.push(e.defaultPrevented); e.preventDefault(); });");
    }

    @SuppressWarnings("unchecked")
    private List<Boolean> submissions() {
        return (List<Boolean>) ((JavascriptExecutor) driver).executeScript("return window.__submissions;");
    }
}
