package cn.scgov.bulletin.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A department drafts, submits, is returned, resubmits and is accepted — all on the contribution page. */
class ContributionPageBrowserTests extends BrowserTestSupport {

    @Autowired ApplicationContext context;
    @Autowired ContributionService contributions;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private ParticipantsFixture.Unit other;
    private Issue issue;
    private Contribution contribution;
    private List<Long> sections;

    @BeforeEach
    void openIssue() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        other = fixture.unit();
        Bulletin bulletin = fixture.bulletin(List.of(unit.code(), other.code()));
        issue = fixture.open(bulletin, LocalDate.of(2026, 3, 2));
        contribution = fixture.contribution(issue, unit.code());
        sections = fixture.sections(issue, unit.code()).stream().map(s -> s.id()).toList();
    }

    @Test
    void submitterDraftsAndSubmitsEditorReturnsSubmitterResubmitsAndEditorAccepts() {
        login(unit.submitter());
        open("/issues/" + issue.id() + "/contribution");
        waitFor().until(d -> d.getCurrentUrl().endsWith("/contributions/" + contribution.id()));
        assertThat(driver.findElements(By.cssSelector(".draft-section"))).hasSize(2);
        screenshot("submitter", "contribution-empty");

        addItem(sections.get(0));
        text(0).sendKeys("公安厅窗口推行“一窗通办”，本周办件 279 件。");
        addItem(sections.get(0));
        text(1).sendKeys("厅领导到大厅窗口现场办公。");
        addItem(sections.get(1));
        text(2).sendKeys("省厅主要负责同志进大厅，走流程、听意见。");
        assertThat(text(0).getDomProperty("value")).contains("一窗通办");

        swap(By.id("up-1"));
        // Focus follows the moved item (now first, so on its "down" button).
        waitFor().until(d -> "down-0".equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(text(0).getDomProperty("value")).isEqualTo("厅领导到大厅窗口现场办公。");
        assertThat(text(1).getDomProperty("value")).contains("一窗通办");
        swap(By.cssSelector("button[value='remove:1']"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=draft-item]"))).hasSize(2);
        assertThat(visible(By.cssSelector("[data-testid=unsaved]")).getText()).contains("尚未保存");

        submit(By.cssSelector("[data-testid=save]"));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("草稿已保存");
        driver.navigate().refresh();
        assertThat(itemsOfSection(0)).containsExactly("厅领导到大厅窗口现场办公。");
        assertThat(itemsOfSection(1)).containsExactly("省厅主要负责同志进大厅，走流程、听意见。");
        assertThat(status()).isEqualTo("起草中");
        screenshot("submitter", "contribution-draft");
        phoneScreenshot("submitter", "contribution-draft-phone");

        submit(By.cssSelector("[data-testid=submit]"));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已报送");
        assertThat(status()).isEqualTo("已报送");
        assertThat(driver.findElements(By.cssSelector("[data-testid=item]"))).extracting(WebElement::getText)
                .containsExactly("厅领导到大厅窗口现场办公。", "省厅主要负责同志进大厅，走流程、听意见。");
        assertThat(driver.findElements(By.cssSelector("[data-testid=withdraw]"))).hasSize(1);
        screenshot("submitter", "contribution-submitted");

        login("editor");
        open("/inbox?tab=GROUP&issueId=" + issue.id());
        WebElement review = visible(By.cssSelector("[data-testid=inbox-row][data-step=reviewContribution]"));
        assertThat(review.getText()).contains("审核稿件", unit.name());
        screenshot("editor", "inbox-group");
        submit(review.findElement(By.cssSelector(".task-link")));
        waitFor().until(d -> d.getCurrentUrl().endsWith("/contributions/" + contribution.id()));
        submit(By.cssSelector("[data-testid=return]"));
        assertThat(visible(By.cssSelector("[data-testid=reason-error]")).getText()).contains("退回须填写原因");
        assertThat(status()).isEqualTo("已报送");
        driver.findElement(By.id("reason")).sendKeys("请补充本周办件数量和群众满意度。");
        screenshot("editor", "contribution-review");
        submit(By.cssSelector("[data-testid=return]"));
        assertThat(status()).isEqualTo("已退回");
        screenshot("editor", "contribution-returned");

        login(unit.submitter());
        assertThat(visible(By.cssSelector("[data-testid=unread-count]")).getText()).isNotBlank();
        open("/notices");
        WebElement notice = visible(By.cssSelector("[data-testid=notice][data-kind=RETURNED]"));
        assertThat(notice.getText()).contains("稿件被退回", "请补充本周办件数量和群众满意度。");
        assertThat(notice.getAttribute("class")).contains("unread");
        screenshot("submitter", "notices");
        submit(notice.findElement(By.cssSelector("[data-testid=open]")));
        waitFor().until(d -> d.getCurrentUrl().endsWith("/contributions/" + contribution.id()));
        assertThat(visible(By.cssSelector("[data-testid=return-reason]")).getText()).contains("请补充本周办件数量和群众满意度。");
        screenshot("submitter", "contribution-returned");

        text(0).clear();
        text(0).sendKeys("厅领导到大厅窗口现场办公，本周办件 279 件，群众满意度 100%。");
        submit(By.cssSelector("[data-testid=submit]"));
        assertThat(status()).isEqualTo("已报送");
        List<WebElement> revisions = driver.findElements(By.cssSelector("[data-testid=revision]"));
        assertThat(revisions).hasSize(2);
        WebElement first = revisions.get(1);
        click(first.findElement(By.tagName("summary")));
        assertThat(first.getText()).contains("第 1 次", "厅领导到大厅窗口现场办公。");
        screenshot("submitter", "contribution-revisions");

        login("editor");
        open("/contributions/" + contribution.id());
        submit(By.cssSelector("[data-testid=accept]"));
        assertThat(status()).isEqualTo("已采用");
        assertThat(driver.findElements(By.cssSelector("[data-testid=accept]"))).isEmpty();
        screenshot("editor", "contribution-accepted");

        login("leader");
        open("/contributions/" + contribution.id());
        assertThat(visible(By.cssSelector("[data-testid=item]")).getText()).contains("群众满意度 100%");
        // Nothing of the contribution to change; the discussion below it stays open to its readers.
        assertThat(driver.findElements(By.cssSelector("main form:not([data-testid=comment-form])"))).isEmpty();
        screenshot("leader", "contribution-read-only");

        login(other.submitter());
        open("/contributions/" + contribution.id());
        assertThat(visible(By.tagName("h1")).getText()).isEqualTo("无权访问");
        assertThat(driver.getPageSource()).doesNotContain("群众满意度").doesNotContain("厅领导");
        screenshot("other-submitter", "contribution-forbidden");
    }

    @Test
    void concurrentSaveIsReportedAndKeepsWhatTheUserTyped() {
        login(unit.submitter());
        open("/contributions/" + contribution.id());
        addItem(sections.get(0));
        text(0).sendKeys("我在本页填写的内容。");

        // Meanwhile the same draft is saved elsewhere (another browser tab).
        Contribution current = contributions.contribution(fixture.user(unit.submitter()), contribution.id());
        contributions.save(fixture.user(unit.submitter()), contribution.id(), current.version(),
                List.of(new DraftItem(sections.get(0), "在另一个窗口保存的内容。")));

        submit(By.cssSelector("[data-testid=save]"));
        assertThat(visible(By.cssSelector("[data-testid=form-error]")).getText()).contains("已被他人修改");
        assertThat(text(0).getDomProperty("value")).isEqualTo("我在本页填写的内容。");
        assertThat(visible(By.cssSelector(".saved-by-other")).getText()).contains("在另一个窗口保存的内容。");
        screenshot("submitter", "contribution-conflict");

        submit(By.cssSelector("[data-testid=save]"));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("草稿已保存");
        assertThat(text(0).getDomProperty("value")).isEqualTo("我在本页填写的内容。");
    }

    @Test
    void submitterWithdrawsBeforeReviewThenAnswersNothingToReport() {
        fixture.submit(issue, unit.submitter(), unit.code(), "本周窗口运行平稳。");
        login(unit.submitter());
        open("/contributions/" + contribution.id());
        assertThat(status()).isEqualTo("已报送");
        submitConfirmed(By.cssSelector("[data-testid=withdraw]"));
        assertThat(status()).isEqualTo("起草中");
        assertThat(text(0).getDomProperty("value")).isEqualTo("本周窗口运行平稳。");

        login("editor");
        open("/contributions/" + contribution.id());
        driver.findElement(By.id("urge-message")).sendKeys("请于今天下班前报送。");
        submit(By.cssSelector("[data-testid=urge]"));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已发送催办");
        screenshot("editor", "contribution-drafting");

        login(unit.submitter());
        open("/notices");
        assertThat(visible(By.cssSelector("[data-testid=notice][data-kind=URGED]")).getText()).contains("请于今天下班前报送。");
        open("/contributions/" + contribution.id());
        submitConfirmed(By.cssSelector("[data-testid=nothing-to-report]"));
        assertThat(status()).isEqualTo("本期无报送");
        assertThat(driver.findElements(By.cssSelector("textarea:not(#comment-text)"))).isEmpty();
        screenshot("submitter", "contribution-nothing-to-report");
    }

    // ---- page helpers

    private WebElement text(int index) {
        return visible(By.id("text-" + index));
    }

    private void addItem(long sectionId) {
        swap(By.id("add-" + sectionId));
    }

    /** Clicks a button that re-renders only the draft editor (htmx), and waits for the new one. */
    private void swap(By button) {
        WebElement page = driver.findElement(By.tagName("main"));
        WebElement editor = driver.findElement(By.id("contribution-editor"));
        click(driver.findElement(button));
        waitFor().until(replaced(editor));
        visible(By.id("contribution-editor"));
        assertThat(page.isDisplayed()).as("the rest of the page stays").isTrue();
    }

    private void submit(By button) {
        submit(driver.findElement(button));
    }

    /** Clicks a button that loads a new page and waits for it. */
    private void submit(WebElement button) {
        WebElement main = driver.findElement(By.tagName("main"));
        click(button);
        waitFor().until(replaced(main));
        visible(By.tagName("main"));
    }

    private void submitConfirmed(By button) {
        WebElement main = driver.findElement(By.tagName("main"));
        click(driver.findElement(button));
        waitFor().until(ExpectedConditions.alertIsPresent()).accept();
        waitFor().until(replaced(main));
    }

    /** Clicks as a user would after scrolling the button into the middle of the screen. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private String status() {
        return visible(By.cssSelector("[data-testid=status]")).getText();
    }

    private List<String> itemsOfSection(int n) {
        WebElement section = driver.findElements(By.cssSelector(".draft-section")).get(n);
        return section.findElements(By.tagName("textarea")).stream().map(t -> t.getDomProperty("value")).toList();
    }

    private void phoneScreenshot(String role, String page) {
        Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            driver.navigate().refresh();
            visible(By.tagName("main"));
            screenshot(role, page);
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }
}
