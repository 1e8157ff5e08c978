package cn.scgov.bulletin.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.audit.MissingTexts;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * In Chromium: the header's unread count follows a new notice without a reload; a user chooses how
 * notices reach them; the system administrator edits a template with its preview and sees the outbox.
 */
@TestPropertySource(properties = "bulletin.notice.badge-refresh=2s")
class NoticeHeaderBrowserTests extends BrowserTestSupport {

    @Autowired ApplicationContext context;

    @Test
    void theUnreadCountFollowsNewNoticesWithoutAReloadAndTheUserChoosesHowTheyArrive() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        login(unit.submitter());
        open("/inbox");
        assertThat(driver.findElements(By.cssSelector("[data-testid=unread-count]"))).isEmpty();
        ((JavascriptExecutor) driver).executeScript("window.noticeMarker = 'still the same page';");

        fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 11, 2));
        WebElement badge = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("[data-testid=unread-count]")).stream().findFirst().orElse(null));
        assertThat(badge.getText()).isEqualTo("1");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.noticeMarker;"))
                .as("the page was not reloaded").isEqualTo("still the same page");
        screenshot("submitter", "notice-badge-updated");

        badge.click();
        visible(By.cssSelector("[data-testid=notice]"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=notice]")).getText()).contains("开始征集稿件", "征集");
        driver.findElement(By.cssSelector("[data-testid=notice-settings]")).click();
        visible(By.cssSelector("[data-testid=save-mode]"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=mode-EMAIL]")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("[data-testid=no-mail-server]")).getText()).contains("尚未配置邮件服务器");
        driver.findElement(By.cssSelector("[data-testid=mode-DIGEST]")).click();
        WebElement main = driver.findElement(By.tagName("main"));
        driver.findElement(By.cssSelector("[data-testid=save-mode]")).click();
        waitFor().until(replaced(main));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已保存通知方式");
        assertThat(driver.findElement(By.cssSelector("[data-testid=mode-DIGEST]")).isSelected()).isTrue();
        MissingTexts.assertNone(driver);
        screenshot("submitter", "notice-settings");
    }

    @Test
    void theSystemAdministratorEditsATemplateWithItsPreviewAndSeesTheOutbox() {
        login("sysadmin");
        open("/admin/notice-templates");
        assertThat(driver.findElements(By.cssSelector("[data-testid=template-row]"))).hasSizeGreaterThan(10);
        screenshot("sysadmin", "notice-templates");
        driver.findElement(By.cssSelector("[data-testid=template-row][data-kind=URGED] a")).click();
        WebElement subject = visible(By.id("subject"));
        subject.clear();
        subject.sendKeys("【催办】{issue}：{reason}{deadline}");
        WebElement preview = driver.findElement(By.id("template-preview"));
        driver.findElement(By.cssSelector("[data-testid=preview-template]")).click();
        waitFor().until(replaced(preview));
        assertThat(visible(By.cssSelector("[data-testid=preview-error]")).getText()).contains("未知占位符：{deadline}");

        subject = driver.findElement(By.id("subject"));
        subject.clear();
        subject.sendKeys("【催办】{issue}：{reason}");
        preview = driver.findElement(By.id("template-preview"));
        driver.findElement(By.cssSelector("[data-testid=preview-template]")).click();
        waitFor().until(replaced(preview));
        assertThat(visible(By.cssSelector("[data-testid=preview-subject]")).getText())
                .isEqualTo("【催办】《窗口工作周报》2023年第8期：请补充本周办件数量");
        assertThat(driver.findElement(By.cssSelector("[data-testid=preview-body]")).getText()).startsWith("李文静：");
        screenshot("sysadmin", "notice-template-preview");

        WebElement main = driver.findElement(By.tagName("main"));
        driver.findElement(By.cssSelector("[data-testid=save-template]")).click();
        waitFor().until(replaced(main));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已保存“催办”通知模板");
        assertThat(driver.findElement(By.id("subject")).getAttribute("value")).isEqualTo("【催办】{issue}：{reason}");

        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("[data-testid=reset-template]")).click();
        driver.switchTo().alert().accept();
        waitFor().until(replaced(html));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("恢复为系统默认模板");
        assertThat(driver.findElement(By.id("subject")).getAttribute("value")).isEqualTo("{issue}催办：{reason}");

        open("/admin/notice-templates");
        main = driver.findElement(By.tagName("main"));
        driver.findElement(By.cssSelector("[data-testid=tab-mail]")).click();
        waitFor().until(replaced(main));
        assertThat(visible(By.cssSelector("[data-testid=no-mail-server]")).getText()).contains("未配置邮件服务器");
        assertThat(driver.findElements(By.cssSelector("[data-testid=empty]"))).hasSize(1);
        MissingTexts.assertNone(driver);
        screenshot("sysadmin", "notice-mail");

        // Where notices are e-mailed: the address on the profile the system administrator keeps.
        open("/admin/users/gat2");
        WebElement email = visible(By.id("email"));
        email.clear();
        email.sendKeys("gat2@");
        main = driver.findElement(By.tagName("main"));
        email.submit();
        waitFor().until(replaced(main));
        assertThat(visible(By.cssSelector("#email + .hint + .field-error")).getText()).contains("电子邮箱格式不正确");
        email = driver.findElement(By.id("email"));
        email.clear();
        email.sendKeys("wang.er@gat.sc.gov.cn");
        main = driver.findElement(By.tagName("main"));
        email.submit();
        waitFor().until(replaced(main));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已保存用户信息");
        assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo("wang.er@gat.sc.gov.cn");
    }
}
