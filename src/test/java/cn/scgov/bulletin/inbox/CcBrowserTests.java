package cn.scgov.bulletin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;
import cn.scgov.bulletin.support.Accounts;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The reviewer copies an issue from the sign-off page; the person copied finds it under 抄送我的, opens it, it turns read. */
class CcBrowserTests extends OfficeBrowserTestSupport {

    private static final String PASSWORD = "Copy#2031read";

    @Autowired DirectoryAdministration administration;
    @Autowired CredentialRequests credentialRequests;
    @Autowired Credentials credentials;

    @Test
    void theReviewerCopiesTheIssueAndTheRecipientReadsIt() {
        String reader = "ccread" + System.nanoTime() % 100000;
        new Accounts(administration, credentialRequests, credentials, directory)
                .create(reader, "抄送阅读人", "ptfwc", EnumSet.of(Role.RECIPIENT), PASSWORD);
        Issue issue = compiling(openIssue(newBulletin(), LocalDate.of(2026, 11, 9)));
        compilation.fillStatistics(user("editor"), issue.id(), sectionId(issue, "figures"),
                Map.of("consultations", 882L, "accepted", 109L));
        compilation.fillStatistics(user("editor"), issue.id(), sectionId(issue, "platform"), Map.of("licensing", 78908L));
        compilation.sendToSignoff(user("editor"), issue.id());

        login(reader, PASSWORD);
        open("/inbox/cc");
        assertThat(text(By.cssSelector("[data-testid=count-CC]"))).isEqualTo("0");
        assertThat(text(By.cssSelector("[data-testid=empty]"))).contains("没有抄送给您的期次");

        login("reviewer");
        open("/issues/" + issue.id() + "/signoff");
        new Select(visible(By.cssSelector("[data-testid=cc-people]"))).selectByValue(reader);
        driver.findElement(By.cssSelector("[data-testid=cc-note]")).sendKeys("请阅知本期数字。");
        clickAndWaitForReload(By.cssSelector("[data-testid=cc-send]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已抄送 1 人");
        By entry = By.cssSelector("[data-testid=cc-entry][data-username=" + reader + "]");
        assertThat(text(entry)).contains("抄送阅读人").contains("张建国抄送于").contains("未读");
        assertThat(all(By.cssSelector("[data-testid=cc-people] option[value=" + reader + "]"))).isEmpty();

        login(reader, PASSWORD);
        open("/inbox");
        assertThat(text(By.cssSelector("[data-testid=count-CC]"))).isEqualTo("1");
        clickAndWaitForReload(By.cssSelector("[data-testid=tab-CC]"));
        assertThat(text(By.cssSelector("[data-testid=cc-row]"))).contains("张建国").contains("请阅知本期数字。")
                .contains("未读");
        screenshot("recipient", "cc-unread");
        clickAndWaitForReload(By.cssSelector("[data-testid=cc-open]"));
        assertThat(driver.getCurrentUrl()).endsWith("/issues/" + issue.id() + "/signoff");
        assertThat(text(By.cssSelector("[data-testid=chain]"))).contains("审核");
        assertThat(all(By.cssSelector("[data-testid=decide-form]"))).isEmpty();
        assertThat(all(By.cssSelector("[data-testid=cc-form]"))).isEmpty();
        assertThat(all(By.cssSelector(".issue-tabs a"))).extracting(a -> a.getText()).doesNotContain("办理过程", "概况");

        open("/inbox/cc");
        assertThat(text(By.cssSelector("[data-testid=count-CC]"))).isEqualTo("0");
        assertThat(driver.findElement(By.cssSelector("[data-testid=cc-row]")).getAttribute("data-read")).isEqualTo("true");
        assertThat(text(By.cssSelector("[data-testid=cc-read]"))).startsWith("已读");

        login("reviewer");
        open("/issues/" + issue.id() + "/signoff");
        assertThat(text(entry)).contains("已读");

        login("editor");
        open("/issues/" + issue.id() + "/timeline");
        assertThat(text(By.tagName("main"))).contains("抄送给 抄送阅读人：请阅知本期数字。");
    }
}
