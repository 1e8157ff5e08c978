package cn.scgov.bulletin.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A submitter attaches a photo on the contribution page; the editor places it in the issue, and the preview shows it. */
class AttachmentBrowserTests extends BrowserTestSupport {

    @Autowired ApplicationContext context;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private Issue issue;
    private Contribution contribution;

    @BeforeEach
    void openIssue() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 11, 2));
        contribution = fixture.contribution(issue, unit.code());
    }

    @Test
    void submitterUploadsAPhotoAndTheEditorPlacesItUnderTheItem() throws Exception {
        byte[] png = TestFiles.png(480, 320, new Color(20, 120, 60));
        Path file = Files.createTempDirectory("upload").resolve("大厅现场.png");
        Files.write(file, png);

        login(unit.submitter());
        open("/contributions/" + contribution.id());
        WebElement input = visible(By.cssSelector("[data-testid=attachments-panel] input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        submit(driver.findElement(By.cssSelector("[data-testid=upload]")));
        assertThat(driver.findElements(By.cssSelector(".alert.success"))).as(driver.getCurrentUrl() + "\n"
                + driver.findElement(By.tagName("body")).getText()).isNotEmpty();
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已上传附件：大厅现场.png");
        WebElement row = visible(By.cssSelector("[data-testid=attachment]"));
        assertThat(row.findElement(By.cssSelector("[data-testid=attachment-name]")).getText()).isEqualTo("大厅现场.png");
        assertThat(row.findElement(By.cssSelector("[data-testid=attachment-sha256]")).getText())
                .isEqualTo(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png)));
        WebElement thumb = row.findElement(By.cssSelector("img.attachment-thumb"));
        waitFor().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth === 480", thumb)));
        screenshot("submitter", "contribution-attachments");

        fixture.submit(issue, unit.submitter(), unit.code(), "窗口为群众集中办理不动产登记业务。");
        fixture.accept(issue, unit.code());

        login("editor");
        open("/issues/" + issue.id() + "/compile");
        submit(visible(By.cssSelector("[data-testid=item-image]")));
        driver.findElement(By.cssSelector("[data-testid=image-choice]")).click();
        driver.findElement(By.id("caption")).sendKeys("群众在窗口办理业务");
        screenshot("editor", "item-image");
        submit(driver.findElement(By.cssSelector("[data-testid=place-image]")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已将图片插入条目");

        open("/api/issues/" + issue.id() + "/document.html");
        WebElement figure = visible(By.cssSelector("img.figure-image"));
        assertThat(figure.getAttribute("src")).startsWith("data:image/png;base64,");
        waitFor().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth === 480", figure)));
        assertThat(driver.findElement(By.cssSelector(".figure-caption")).getText()).isEqualTo("群众在窗口办理业务");
    }

    /** Clicks a button (or link) that loads a new page and waits for it. */
    private void submit(WebElement button) {
        WebElement main = driver.findElement(By.tagName("main"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        waitFor().until(replaced(main));
        visible(By.tagName("main"));
    }
}
