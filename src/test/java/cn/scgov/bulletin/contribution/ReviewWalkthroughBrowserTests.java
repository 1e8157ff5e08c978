package cn.scgov.bulletin.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * An editor reviews an issue's contributions one after another at 1366×768: back to the issue and on to the
 * next one awaiting review from the review page, and every message after an action (a return without reason,
 * a return, an urge, from the page or from the issue's table) shown where the editor is, focused.
 */
class ReviewWalkthroughBrowserTests extends OfficeBrowserTestSupport {

    @Test
    void editorReviewsOneContributionAfterAnotherAndSeesEveryMessage() {
        Issue issue = openIssue(newBulletin(), LocalDate.of(2026, 7, 6));
        submit(issue, "gat", "公安厅窗口开展业务培训。");
        submit(issue, "jtyst", "交通运输厅窗口大件运输许可团队开展“上门服务”。");
        long gat = contributionOf(issue, "gat").id();
        long jtyst = contributionOf(issue, "jtyst").id();

        login("editor");
        open("/issues/" + issue.id() + "/contributions/gat");
        waitForUrl("/contributions/" + gat);
        assertThat(visible(By.cssSelector("[data-testid=back-to-issue]")).getAttribute("href")).endsWith("/issues/" + issue.id());
        assertThat(text(By.cssSelector("[data-testid=next-to-review]"))).contains("交通运输厅", "另有 1 份待审");

        // Returning without a reason: the error is next to the reason field, in view, and the field has the focus.
        clickAndWaitForReload(By.cssSelector("[data-testid=return]"));
        WebElement error = visible(By.cssSelector("[data-testid=reason-error]"));
        assertThat(error.getText()).contains("退回须填写原因");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        waitFor().until(d -> "reason".equals(d.switchTo().activeElement().getAttribute("id")));
        assertInView(error);
        screenshot("editor", "review-return-without-reason");

        driver.findElement(By.id("reason")).sendKeys("请补充办件数量。");
        clickAndWaitForReload(By.cssSelector("[data-testid=return]"));
        assertFocusedMessage("已退回该稿件");

        // The department now holds the pen: urging it from its page shows the answer where the editor is.
        scrollTo(visible(By.cssSelector("[data-testid=urge]")));
        clickAndWaitForReload(By.cssSelector("[data-testid=urge]"));
        assertFocusedMessage("已发送催办");

        // On to the next contribution awaiting review; after it none is left.
        clickAndWaitForReload(By.cssSelector("[data-testid=next-to-review]"));
        waitForUrl("/contributions/" + jtyst);
        assertThat(text(By.cssSelector("[data-testid=none-to-review]"))).contains("没有其他待审");
        clickAndWaitForReload(By.cssSelector("[data-testid=accept]"));
        assertFocusedMessage("已采用该稿件");
        screenshot("editor", "review-next");
        clickAndWaitForReload(By.cssSelector("[data-testid=back-to-issue]"));
        waitForUrl("/issues/" + issue.id());

        // Urging one department from the bottom of the issue's table: the answer is scrolled into view and focused.
        WebElement urge = visible(By.cssSelector("tr [data-testid=urge]"));
        scrollTo(urge);
        clickAndWaitForReload(By.cssSelector("tr [data-testid=urge]"));
        assertFocusedMessage("催办");
    }

    private void assertFocusedMessage(String text) {
        WebElement message = visible(By.cssSelector(".flash-area .alert.success"));
        assertThat(message.getText()).contains(text);
        // The page's script moves and focuses the message once the page is loaded.
        waitFor().until(d -> message.equals(d.switchTo().activeElement()));
        assertInView(message);
    }

    private void assertInView(WebElement element) {
        Boolean inView = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", element);
        assertThat(inView).as("in view: " + element.getText()).isTrue();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'});", element);
    }
}
