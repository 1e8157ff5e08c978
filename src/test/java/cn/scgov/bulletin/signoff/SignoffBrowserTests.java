package cn.scgov.bulletin.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.distribution.DistributionService;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Approvers decide with opinions; a returned issue goes back to the editor and round again; then it is distributed. */
class SignoffBrowserTests extends OfficeBrowserTestSupport {

    @Autowired DistributionService distribution;

    @Test
    void reviewerApprovesLeaderReturnsEditorRecompilesAndBothApprove() {
        Bulletin bulletin = newBulletin();
        Issue issue = inSignoff(bulletin, LocalDate.of(2026, 5, 4));

        login("reviewer");
        open("/issues/" + issue.id() + "/signoff");
        assertThat(text(By.cssSelector("[data-testid=chain] li.current"))).contains("审核");
        assertThat(visible(By.cssSelector("[data-testid=preview-frame]")).getAttribute("src"))
                .endsWith("/api/issues/" + issue.id() + "/document.html");
        screenshot("reviewer", "signoff");
        // At 1366×768 the document uses the window's height (it was about 400 px tall).
        Number frameHeight = (Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.querySelector('[data-testid=preview-frame]').getBoundingClientRect().height;");
        assertThat(frameHeight.doubleValue()).isGreaterThanOrEqualTo(550);
        assertThat(driver.manage().window().getSize()).isEqualTo(new org.openqa.selenium.Dimension(1366, 768));
        phoneWidth();
        screenshot("reviewer", "signoff-phone");
        desktopWidth();
        visible(By.id("opinion")).sendKeys("同意，请领导审签。");
        clickAndWaitForReload(By.cssSelector("[data-testid=approve]"));
        assertThat(text(By.cssSelector(".alert.success"))).startsWith("已同意");
        assertThat(driver.findElements(By.cssSelector("[data-testid=decide-form]"))).isEmpty();
        assertThat(text(By.cssSelector("[data-testid=waiting]"))).contains("签发");

        login("leader");
        open("/issues/" + issue.id() + "/signoff");
        assertThat(opinions()).anySatisfy(o -> assertThat(o).contains("张建国").contains("同意").contains("同意，请领导审签。"));
        clickAndWaitForReload(By.cssSelector("[data-testid=return]"));
        assertThat(text(By.cssSelector("[data-testid=opinion-error]"))).contains("退回须填写意见");
        visible(By.id("opinion")).sendKeys("请核对统计数字。");
        clickAndWaitForReload(By.cssSelector("[data-testid=return]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已退回");
        assertThat(text(By.cssSelector("[data-testid=issue-status]"))).isEqualTo("汇编中");
        screenshot("leader", "signoff-returned");

        login("editor");
        open("/issues/" + issue.id());
        assertThat(text(By.cssSelector("[data-testid=returned-opinion]"))).contains("陈志远").contains("请核对统计数字。");
        open("/issues/" + issue.id() + "/compile");
        assertThat(text(By.cssSelector("[data-testid=returned-opinion]"))).contains("请核对统计数字。");
        WebElement consultations = driver.findElement(By.name("metric.consultations"));
        consultations.clear();
        consultations.sendKeys("883");
        driver.findElement(By.cssSelector("[data-testid=section-figures] [data-testid=save-figures]")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("[data-testid=section-figures] [data-testid=sentence]")).getText().contains("883"));
        clickAndConfirm(By.cssSelector("#send [data-testid=send-to-signoff]"));
        waitFor().until(d -> d.getCurrentUrl().endsWith("/issues/" + issue.id()));
        assertThat(text(By.cssSelector("[data-testid=issue-status]"))).isEqualTo("审签中");

        login("reviewer");
        open("/issues/" + issue.id() + "/signoff");
        clickAndWaitForReload(By.cssSelector("[data-testid=approve]"));
        login("leader2");
        open("/issues/" + issue.id() + "/signoff");
        assertThat(text(By.cssSelector("[data-testid=approve]"))).isEqualTo("同意签发");
        visible(By.id("opinion")).sendKeys("同意印发。");
        clickAndWaitForReload(By.cssSelector("[data-testid=approve]"));
        // Numbering and freezing cannot be undone: the last approval asks first, and nothing happened yet.
        WebElement confirm = visible(By.cssSelector("[data-testid=confirm-final]"));
        assertThat(confirm.getText()).contains("签发后将编号定稿、冻结文件，不可撤销。", "2026年第1期（总第500期）");
        assertThat(driver.switchTo().activeElement().getAttribute("data-testid")).isEqualTo("confirm-final");
        assertThat(issues.require(issue.id()).status()).isEqualTo(IssueStatus.SIGNOFF);
        screenshot("leader2", "signoff-confirm");
        clickAndWaitForReload(By.cssSelector("[data-testid=confirm-final-approve]"));
        // Without a reload by the user, the page comes to show the numbered, final issue.
        // (Rendering and freezing the files is an engine job that can take a while on a busy machine.)
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[data-testid=finalizing]")).isEmpty()
                && d.findElements(By.cssSelector(".proposed-mark")).isEmpty());
        assertThat(text(By.cssSelector(".page-head h1"))).contains("2026年第1期（总第500期）").doesNotContain("拟");
        driver.switchTo().frame(visible(By.cssSelector("[data-testid=preview-frame]")));
        assertThat(driver.findElements(By.cssSelector(".watermark, .draft-notice"))).isEmpty();
        assertThat(visible(By.tagName("body")).getText()).doesNotContain("草稿");
        driver.switchTo().defaultContent();
        screenshot("leader2", "signoff-final");
        jobs.awaitIdle();
        assertThat(issues.require(issue.id()).status()).isEqualTo(IssueStatus.DISTRIBUTED);

        distribution.acknowledge(user("recipient"), issue.id());
        login("editor");
        open("/issues/" + issue.id() + "/signoff");
        assertThat(driver.findElements(By.cssSelector("[data-testid=decide-form]"))).isEmpty();
        assertThat(opinions()).hasSize(6);
        assertThat(opinions().get(2)).contains("退回修改").contains("请核对统计数字。");
        assertThat(opinions().get(5)).contains("刘").contains("同意印发。");
        screenshot("editor", "signoff-done");

        open("/issues/" + issue.id());
        assertThat(text(By.cssSelector("[data-testid=issue-status]"))).isEqualTo("已分发");
        assertThat(text(By.cssSelector("[data-testid=issue-line]"))).matches("2026年第1期（总第500期）");
        assertThat(driver.findElements(By.cssSelector(".issue-header .proposed-mark"))).isEmpty();
        assertThat(text(By.cssSelector("[data-testid=issue-date]"))).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
        assertThat(text(By.cssSelector("#recipients h2"))).contains("已签收 1 /");
        assertThat(text(By.cssSelector("#recipients tr[data-recipient=recipient]"))).contains("已签收");
        assertThat(text(By.cssSelector("#recipients tr[data-recipient=leader]"))).contains("未签收");
        screenshot("editor", "workspace-distributed");
    }

    @Test
    void reviewerAddsASignerWhoDecidesRightAfterThem() {
        Issue issue = inSignoff(newBulletin(), LocalDate.of(2026, 5, 11));
        login("reviewer");
        open("/issues/" + issue.id() + "/signoff");
        visible(By.cssSelector(".add-signer summary")).click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("signer"))).selectByValue("leader2");
        driver.findElement(By.id("stepName")).sendKeys("分管领导审核");
        clickAndWaitForReload(By.cssSelector(".add-signer button[type=submit]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已加签");
        List<String> steps = driver.findElements(By.cssSelector("[data-testid=chain] li")).stream().map(WebElement::getText).toList();
        assertThat(steps).hasSize(3);
        assertThat(steps.get(1)).contains("分管领导审核").contains("刘");
        clickAndWaitForReload(By.cssSelector("[data-testid=approve]"));

        login("leader");
        open("/issues/" + issue.id() + "/signoff");
        assertThat(driver.findElements(By.cssSelector("[data-testid=decide-form]"))).isEmpty();
        login("leader2");
        open("/issues/" + issue.id() + "/signoff");
        assertThat(text(By.cssSelector("#decide h2"))).contains("分管领导审核");
    }

    private Issue inSignoff(Bulletin bulletin, LocalDate monday) {
        Issue issue = compiling(openIssue(bulletin, monday));
        long figures = sectionId(issue, "figures");
        compilation.fillStatistics(user("editor"), issue.id(), figures, Map.of("consultations", 882L, "accepted", 109L));
        compilation.fillStatistics(user("editor"), issue.id(), sectionId(issue, "platform"), Map.of("licensing", 78908L));
        compilation.sendToSignoff(user("editor"), issue.id());
        return issues.require(issue.id());
    }

    private List<String> opinions() {
        return driver.findElements(By.cssSelector("[data-testid=opinion]")).stream().map(WebElement::getText).toList();
    }
}
