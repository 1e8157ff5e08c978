package cn.scgov.bulletin.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A recipient finds a distributed issue among the received ones, opens it and acknowledges receipt — one or several at once. */
class DeliveryPageBrowserTests extends BrowserTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Issues issues;
    @Autowired DistributionService distribution;

    @Test
    void recipientAcknowledgesADistributedIssue() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        Bulletin bulletin = fixture.bulletin(List.of(unit.code()));
        Issue issue = fixture.open(bulletin, LocalDate.of(2026, 5, 4));
        fixture.submit(issue, unit.submitter(), unit.code(), "窗口推行“周末不打烊”服务。");
        fixture.accept(issue, unit.code());
        fixture.distribute(issue);
        String issueLine = issues.issueLine(issues.require(issue.id())).text();

        login("recipient");
        waitFor().until(d -> d.getCurrentUrl().endsWith("/deliveries"));
        WebElement delivery = delivery(issue);
        assertThat(delivery.getText()).contains("窗口工作周报", issueLine, "（5月4日—5月8日）", "版记：发");
        assertThat(delivery.findElement(By.cssSelector("[data-testid=open-pdf]")).getAttribute("href"))
                .endsWith("/api/issues/" + issue.id() + "/document.pdf");
        assertThat(delivery.findElement(By.cssSelector("[data-testid=open-html]")).getAttribute("href"))
                .endsWith("/api/issues/" + issue.id() + "/document.html");
        screenshot("recipient", "deliveries");

        WebElement main = driver.findElement(By.tagName("main"));
        delivery.findElement(By.cssSelector("[data-testid=acknowledge]")).click();
        waitFor().until(replaced(main));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已签收");
        delivery = delivery(issue);
        assertThat(delivery.findElement(By.cssSelector("[data-testid=acknowledged]")).getText()).startsWith("已签收");
        assertThat(delivery.findElements(By.cssSelector("[data-testid=acknowledge]"))).isEmpty();
        assertThat(distribution.recipients(fixture.user("editor"), issue.id()))
                .filteredOn(r -> r.username().equals("recipient")).singleElement()
                .satisfies(r -> assertThat(r.acknowledgedAt()).isNotNull());
        screenshot("recipient", "deliveries-acknowledged");
    }

    @Test
    void recipientAcknowledgesSeveralIssuesWithOneConfirmation() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        Bulletin bulletin = fixture.bulletin(List.of(unit.code()));
        List<Issue> distributed = List.of(fixture.open(bulletin, LocalDate.of(2026, 6, 1)),
                fixture.open(bulletin, LocalDate.of(2026, 6, 8)));
        for (Issue issue : distributed) {
            fixture.submit(issue, unit.submitter(), unit.code(), "窗口推行帮办代办服务。");
            fixture.accept(issue, unit.code());
            fixture.distribute(issue);
        }

        login("recipient");
        waitFor().until(d -> d.getCurrentUrl().endsWith("/deliveries"));
        // Other issues may be waiting for this recipient too: only these two are ticked.
        distributed.forEach(issue -> delivery(issue).findElement(By.cssSelector("[data-testid=pick]")).click());
        WebElement main = driver.findElement(By.tagName("main"));
        WebElement button = visible(By.cssSelector("[data-testid=bulk-acknowledge]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        Alert confirmation = waitFor().until(ExpectedConditions.alertIsPresent());
        assertThat(confirmation.getText()).contains("确认签收所选的 2 期");
        confirmation.accept();
        waitFor().until(replaced(main));

        WebElement result = visible(By.cssSelector("[data-testid=bulk-result]"));
        assertThat(result.findElement(By.cssSelector("[data-testid=bulk-summary]")).getText()).contains("成功 2 项");
        screenshot("recipient", "deliveries-bulk-acknowledged");
        for (Issue issue : distributed) {
            assertThat(delivery(issue).findElement(By.cssSelector("[data-testid=acknowledged]")).getText()).startsWith("已签收");
            assertThat(distribution.recipients(fixture.user("editor"), issue.id()))
                    .filteredOn(r -> r.username().equals("recipient")).singleElement()
                    .satisfies(r -> assertThat(r.acknowledgedAt()).isNotNull());
        }
    }

    private WebElement delivery(Issue issue) {
        return visible(By.cssSelector("[data-testid=delivery][data-issue-id='" + issue.id() + "']"));
    }
}
