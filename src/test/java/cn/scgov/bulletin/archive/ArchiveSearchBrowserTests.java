package cn.scgov.bulletin.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An editor searches the archive from the navigation, sees the terms marked, saves the filter and applies it. */
class ArchiveSearchBrowserTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void searchHighlightSaveAndApplyAFilter() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        Bulletin bulletin = fixture.bulletin(List.of(unit.code()));
        Issue issue = fixture.open(bulletin, LocalDate.of(2026, 8, 3));
        String token = "Bw" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        fixture.submit(issue, unit.submitter(), unit.code(), "窗口<b>推行</b>“周末不打烊”延时服务 " + token + "。");
        fixture.accept(issue, unit.code());
        fixture.distribute(issue);

        login("editor");
        visible(By.cssSelector("nav.main-nav a[href='/archive']")).click();
        WebElement q = visible(By.cssSelector("[data-testid=archive-q]"));
        q.sendKeys(token + " 延时");
        driver.findElement(By.cssSelector("[data-testid=archive-submit]")).click();

        WebElement hit = visible(By.cssSelector("[data-testid=archive-hit]"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=archive-hit]"))).hasSize(1);
        assertThat(hit.getText()).contains("窗口工作周报", "2026年第", unit.name());
        WebElement snippet = hit.findElement(By.cssSelector("[data-testid=hit-snippet]"));
        assertThat(snippet.findElements(By.tagName("mark"))).extracting(WebElement::getText).containsExactly("延时", token);
        // The department's markup is shown as text, never as markup.
        assertThat(snippet.getText()).contains("<b>推行</b>");
        assertThat(snippet.findElements(By.tagName("b"))).isEmpty();
        screenshot("editor", "archive");

        String name = "延时服务" + token;
        WebElement main = driver.findElement(By.tagName("main"));
        driver.findElement(By.cssSelector("[data-testid=filter-name]")).sendKeys(name);
        driver.findElement(By.cssSelector("[data-testid=save-filter-button]")).click();
        waitFor().until(replaced(main));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains(name);

        open("/archive");
        assertThat(driver.findElements(By.cssSelector("[data-testid=archive-hit]"))).isEmpty();
        WebElement saved = visible(By.xpath("//a[@data-testid='apply-filter'][normalize-space()='" + name + "']"));
        saved.click();
        waitFor().until(d -> d.getCurrentUrl().contains("q="));
        assertThat(visible(By.cssSelector("[data-testid=archive-q]")).getAttribute("value")).isEqualTo(token + " 延时");
        assertThat(driver.findElements(By.cssSelector("[data-testid=archive-hit]"))).hasSize(1);
        screenshot("editor", "archive-saved-filter");
    }
}
