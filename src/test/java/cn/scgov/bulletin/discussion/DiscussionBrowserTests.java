package cn.scgov.bulletin.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.compilation.CompilationService;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.notice.Notice;
import cn.scgov.bulletin.notice.Notices;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A department's submitter asks the office on the contribution page, naming an editor, who finds it there. */
class DiscussionBrowserTests extends BrowserTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Notices notices;
    @Autowired Directory directory;
    @Autowired CompilationService compilation;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private Issue issue;
    private Contribution contribution;

    @BeforeEach
    void openIssue() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 11, 9));
        contribution = fixture.contribution(issue, unit.code());
    }

    @Test
    void theSubmitterMentionsAnEditorOnTheContributionAndTheEditorSeesIt() {
        // The shared test application's other classes leave editor2 notices, some dated ahead by a moved engine clock:
        // the mention is looked for among the unread ones.
        notices.markAllRead(directory.currentUser("editor2").orElseThrow());
        login(unit.submitter());
        open("/contributions/" + contribution.id());
        visible(By.cssSelector("[data-testid=comment-form]"));
        assertThat(visible(By.cssSelector("[data-testid=no-comments]")).getText()).isEqualTo("尚无讨论。");

        post("");
        assertThat(visible(By.cssSelector("[data-testid=comment-error]")).getText()).isEqualTo("讨论内容不能为空");
        assertThat(driver.findElements(By.cssSelector("[data-testid=comment]"))).isEmpty();

        post("@editor2 本周办件量含<b>线上</b>部分，是否分开写？");
        assertThat(visible(By.cssSelector("[data-testid=comment-posted]")).getText()).isEqualTo("已发表。");
        assertThat(texts()).containsExactly("@editor2 本周办件量含<b>线上</b>部分，是否分开写？");
        assertThat(driver.findElements(By.cssSelector("[data-testid=comment-text] b"))).as("shown as text").isEmpty();
        assertThat(visible(By.cssSelector("[data-testid=comment-mentions]")).getText()).isEqualTo("已通知：赵敏");
        screenshot("submitter", "contribution-discussion");

        Notice told = notices.list(directory.currentUser("editor2").orElseThrow(), true, new PageRequest(0, 20)).items()
                .stream().filter(n -> n.kind().equals("MENTIONED")).findFirst().orElseThrow();
        assertThat(told.message()).contains(unit.name() + "报送员在").endsWith("中提到了您");

        login("editor2");
        open("/notices?unread=true");
        WebElement notice = visible(By.cssSelector("[data-testid=notice][data-kind=MENTIONED]"));
        assertThat(notice.getText()).contains("讨论提及", unit.name() + "报送员在");
        click(notice.findElement(By.cssSelector("[data-testid=open]")));
        waitFor().until(d -> d.getCurrentUrl().contains("/contributions/" + contribution.id()));
        visible(By.cssSelector("[data-testid=comment]"));
        assertThat(texts()).containsExactly("@editor2 本周办件量含<b>线上</b>部分，是否分开写？");
        assertThat(driver.findElement(By.cssSelector("[data-testid=comment-author]")).getText())
                .isEqualTo(unit.name() + "报送员");

        post("分开写，线上单列一条。");
        waitFor().until(d -> texts().size() == 2);
        assertThat(texts()).containsExactly("@editor2 本周办件量含<b>线上</b>部分，是否分开写？", "分开写，线上单列一条。");
    }

    @Test
    void approversDiscussOnTheSignOffPage() {
        fixture.submit(issue, unit.submitter(), unit.code(), "稿件");
        fixture.accept(issue, unit.code());
        fixture.jobs.awaitIdle();
        compilation.sendToSignoff(fixture.user("editor"), issue.id());

        login("reviewer");
        open("/issues/" + issue.id() + "/signoff");
        visible(By.cssSelector("[data-testid=comment-form]"));
        post("@leader 第二部分数据已与综窗核对。");
        waitFor().until(d -> texts().size() == 1);
        assertThat(visible(By.cssSelector("[data-testid=comment-mentions]")).getText()).isEqualTo("已通知：陈志远");
        screenshot("reviewer", "signoff-discussion");
    }

    private void post(String text) {
        WebElement area = visible(By.id("comment-text"));
        area.clear();
        if (!text.isEmpty()) {
            area.sendKeys(text);
        }
        WebElement section = driver.findElement(By.id("discussion"));
        click(driver.findElement(By.cssSelector("[data-testid=comment-submit]")));
        waitFor().until(replaced(section));
        visible(By.id("discussion"));
    }

    private List<String> texts() {
        return driver.findElements(By.cssSelector("[data-testid=comment-text]")).stream().map(WebElement::getText).toList();
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
