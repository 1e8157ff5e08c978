package cn.scgov.bulletin.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 修改记录 of a compiled item in the page: from the compile page to every text the item has had, and what changed
 * between any two of them, insertions underlined and deletions struck through, word by word.
 */
class ItemRevisionBrowserTests extends BrowserTestSupport {

    @Autowired ApplicationContext context;
    @Autowired CompilationService compilation;

    private ParticipantsFixture fixture;

    @AfterEach
    void quietEngine() {
        if (fixture != null) {
            fixture.jobs.awaitIdle();
        }
    }

    @Test
    void theEditorComparesAnyTwoVersionsOfAnItem() {
        fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        Issue issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 3, 2));
        fixture.submit(issue, unit.submitter(), unit.code(), "窗口本周受理业务2300件，群众满意率99%。");
        fixture.accept(issue, unit.code());
        CompiledItem item = item(issue);
        item = compilation.editItem(fixture.user("editor"), issue.id(), item.id(), "窗口本周共受理业务2310件，群众满意率99%。",
                true, item.version());
        compilation.editItem(fixture.user("editor"), issue.id(), item.id(), "窗口本周共受理业务2310件，满意率99.5%。",
                true, item.version());
        long itemId = item.id();

        login("editor");
        open("/issues/" + issue.id() + "/compile");
        WebElement link = visible(By.cssSelector("[data-item-id='" + itemId + "'] [data-testid=item-revisions]"));
        assertThat(link.getText()).isEqualTo("修改记录");
        page(link);

        assertThat(driver.findElements(By.cssSelector("[data-testid=item-revision]")))
                .extracting(r -> r.getAttribute("data-revision")).containsExactly("3", "2", "1");
        assertThat(visible(By.cssSelector("[data-revision='1']")).getText()).contains("部门稿件（采用时）", "2300件");
        assertThat(visible(By.cssSelector("[data-revision='3']")).getText()).contains("满意率99.5%");
        // By default the last edit: 2 → 3.
        WebElement diff = visible(By.cssSelector("[data-testid=item-diff]"));
        assertThat(diff.findElement(By.tagName("h2")).getText()).isEqualTo("第 2 版 → 第 3 版");
        assertThat(texts(diff, "del")).containsExactly("群众");
        assertThat(texts(diff, "ins")).containsExactly(".5");
        screenshot("editor", "item-revisions");

        new Select(driver.findElement(By.id("from"))).selectByValue("1");
        new Select(driver.findElement(By.id("to"))).selectByValue("3");
        page(driver.findElement(By.cssSelector("[data-testid=compare]")));
        diff = visible(By.cssSelector("[data-testid=item-diff]"));
        assertThat(diff.findElement(By.tagName("h2")).getText()).isEqualTo("第 1 版 → 第 3 版");
        // Word by word as a Chinese reader sees it: the figure is one word, each character another.
        assertThat(texts(diff, "ins")).containsExactly("共", "2310", ".5");
        assertThat(texts(diff, "del")).containsExactly("2300", "群众");
        assertThat(diff.findElement(By.cssSelector("[data-testid=diff-text]")).getText())
                .isEqualTo("窗口本周共受理业务23002310件，群众满意率99.5%。");
        assertThat(diff.findElement(By.tagName("ins")).getCssValue("text-decoration-line")).isEqualTo("underline");
        assertThat(diff.findElement(By.tagName("del")).getCssValue("text-decoration-line")).isEqualTo("line-through");

        new Select(driver.findElement(By.id("from"))).selectByValue("3");
        page(driver.findElement(By.cssSelector("[data-testid=compare]")));
        assertThat(visible(By.cssSelector("[data-testid=diff-unchanged]")).getText()).isEqualTo("两版文字相同。");

        // A submitter never sees the compilation, nor its history.
        login(unit.submitter());
        open("/issues/" + issue.id() + "/items/" + itemId + "/revisions");
        assertThat(driver.findElements(By.cssSelector("[data-testid=item-revision]"))).isEmpty();
    }

    private CompiledItem item(Issue issue) {
        return compilation.compilation(fixture.user("editor"), issue.id()).sections().stream()
                .flatMap(section -> section.items().stream()).findFirst().orElseThrow();
    }

    private static List<String> texts(WebElement diff, String tag) {
        return diff.findElements(By.tagName(tag)).stream().map(WebElement::getText).toList();
    }

    private void page(WebElement target) {
        WebElement main = driver.findElement(By.tagName("main"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
        waitFor().until(replaced(main));
        visible(By.tagName("main"));
    }
}
