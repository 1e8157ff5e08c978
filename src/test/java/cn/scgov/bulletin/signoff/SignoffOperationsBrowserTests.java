package cn.scgov.bulletin.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The new sign-off operations in the browser: withdraw sending, add a signer before oneself, withdraw an approval, return to an earlier step. */
class SignoffOperationsBrowserTests extends OfficeBrowserTestSupport {

    @Test
    void editorWithdrawsSendingThenApproversAddBeforeWithdrawAndReturnToAnEarlierStep() {
        Issue issue = compiling(openIssue(newBulletin(), LocalDate.of(2026, 6, 1)));
        compilation.fillStatistics(user("editor"), issue.id(), sectionId(issue, "figures"),
                Map.of("consultations", 882L, "accepted", 109L));
        compilation.fillStatistics(user("editor"), issue.id(), sectionId(issue, "platform"), Map.of("licensing", 78908L));
        compilation.sendToSignoff(user("editor"), issue.id());

        login("editor");
        open("/issues/" + issue.id() + "/signoff");
        clickAndWaitForReload(By.cssSelector("[data-testid=withdraw-sending]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已撤回送审");
        assertThat(driver.getCurrentUrl()).endsWith("/issues/" + issue.id() + "/compile");
        open("/issues/" + issue.id());
        assertThat(text(By.cssSelector("[data-testid=issue-status]"))).isEqualTo("汇编中");
        compilation.sendToSignoff(user("editor"), issue.id());

        login("reviewer");
        open("/issues/" + issue.id() + "/signoff");
        visible(By.cssSelector(".add-signer summary")).click();
        new Select(driver.findElement(By.id("signer"))).selectByValue("leader2");
        driver.findElement(By.cssSelector("[data-testid=add-before]")).click();
        clickAndWaitForReload(By.cssSelector("[data-testid=add-signer]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("将先审签");
        assertThat(text(By.cssSelector("[data-testid=chain] li.current"))).contains("加签审核");
        screenshot("reviewer", "signoff-added-before");

        login("leader2");
        open("/issues/" + issue.id() + "/signoff");
        clickAndWaitForReload(By.cssSelector("[data-testid=approve]"));
        login("reviewer");
        open("/issues/" + issue.id() + "/signoff");
        assertThat(text(By.cssSelector("[data-testid=chain] li.current"))).contains("审核");
        clickAndWaitForReload(By.cssSelector("[data-testid=approve]"));
        clickAndWaitForReload(By.cssSelector("[data-testid=withdraw-approval]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已撤回您的同意");
        assertThat(driver.findElements(By.cssSelector("[data-testid=decide-form]"))).hasSize(1);
        clickAndWaitForReload(By.cssSelector("[data-testid=approve]"));

        login("leader");
        open("/issues/" + issue.id() + "/signoff");
        new Select(driver.findElement(By.cssSelector("[data-testid=return-to]"))).selectByValue("1");
        visible(By.id("opinion")).sendKeys("请审核人再核对数字。");
        clickAndWaitForReload(By.cssSelector("[data-testid=return]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已退回至前序审签步骤");
        assertThat(text(By.cssSelector("[data-testid=issue-status]"))).isEqualTo("审签中");
        assertThat(text(By.cssSelector("[data-testid=chain] li.current"))).contains("审核");
        assertThat(text(By.cssSelector("[data-testid=returned-to]"))).contains("审核（第2步）");
        screenshot("leader", "signoff-returned-to-step");

        login("auditor");
        open("/issues/" + issue.id() + "/timeline");
        String timeline = text(By.tagName("main"));
        assertThat(timeline).contains("撤回送审").contains("撤回了对「审核」的同意").contains("退回至：审核（第2步）");
    }
}
