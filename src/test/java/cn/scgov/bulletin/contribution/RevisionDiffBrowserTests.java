package cn.scgov.bulletin.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The contribution page's revision history shows what the resubmission changed, marked up and escaped. */
class RevisionDiffBrowserTests extends BrowserTestSupport {

    @Autowired ApplicationContext context;
    @Autowired ContributionService contributions;

    @Test
    void editorComparesTheResubmissionWithThePreviousOne() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        Issue issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 3, 9));
        long section = fixture.sections(issue, unit.code()).get(0).id();
        fixture.submit(issue, unit.submitter(), unit.code(), "本周办理身份证1234件。");
        Contribution submitted = fixture.contribution(issue, unit.code());
        Contribution returned = contributions.review(fixture.user("editor"), submitted.id(), submitted.version(),
                ReviewDecision.RETURN, "请核实数字");
        contributions.submit(fixture.user(unit.submitter()), returned.id(), returned.version(),
                List.of(new DraftItem(section, "本周共办理身份证1250件<b>加急</b>。")));

        login("editor");
        open("/contributions/" + submitted.id());
        WebElement latest = visible(By.cssSelector("[data-testid=revision]"));
        latest.findElement(By.tagName("summary")).click();
        WebElement diff = latest.findElement(By.cssSelector("[data-testid=revision-diff]"));
        diff.findElement(By.tagName("summary")).click();
        waitFor().until(d -> diff.findElement(By.cssSelector(".diff-text")).isDisplayed());

        assertThat(diff.findElements(By.tagName("ins"))).extracting(WebElement::getText)
                .containsExactly("共", "1250", "<b>加急</b>");
        assertThat(diff.findElements(By.tagName("del"))).extracting(WebElement::getText).containsExactly("1234");
        assertThat(diff.findElements(By.cssSelector(".diff-text b"))).isEmpty();
        assertThat(diff.findElement(By.cssSelector(".diff-text")).getText()).contains("本周", "办理身份证", "件");
        screenshot("editor", "contribution-revision-diff");
    }
}
