package cn.scgov.bulletin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.scgov.bulletin.audit.SessionRequests;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The dashboard in Chromium: ECharts draws both charts on canvases, the tables beside them carry the
 * figures, the exports download with the browser's session, the year-end report is one click; a
 * submitter is refused.
 */
class DashboardBrowserTests extends OfficeBrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void anEditorSeesChartsTablesAndExportsAndASubmitterIsRefused() throws IOException {
        TimelinessScenario scenario = new TimelinessScenario(context, jobs);
        TimelinessScenario.Built built = scenario.build();
        scenario.lastAcknowledgement(built);
        jobs.awaitIdle();
        long bulletin = built.bulletin().id();

        login("editor");
        open("/dashboard");
        driver.findElement(By.linkText("报送统计")).click();
        new org.openqa.selenium.support.ui.Select(visible(By.id("bulletinId"))).selectByValue(String.valueOf(bulletin));
        WebElement year = driver.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2026");
        driver.findElement(By.cssSelector("[data-testid=chooser] button[type=submit]")).click();
        waitFor().until(d -> d.getCurrentUrl().contains("bulletinId=" + bulletin));

        for (String chart : new String[] {"chart-departments", "chart-stages"}) {
            waitFor().until(d -> "true".equals(d.findElement(By.id(chart)).getDomAttribute("data-drawn")));
            WebElement canvas = visible(By.cssSelector("#" + chart + " canvas"));
            assertThat(canvas.getSize().getWidth()).as(chart).isGreaterThan(200);
            assertThat(paintedPixels(canvas)).as(chart + " painted pixels").isGreaterThan(500);
        }
        WebElement zjt = driver.findElement(By.cssSelector("[data-testid=departments-table] tr[data-department=zjt]"));
        assertThat(zjt.findElement(By.cssSelector("[data-testid=late]")).getText()).isEqualTo("1");
        assertThat(zjt.findElement(By.cssSelector("[data-testid=not-submitted]")).getText()).isEqualTo("1");
        assertThat(zjt.findElement(By.cssSelector("[data-testid=median]")).getText()).isEqualTo("2天1小时");
        assertThat(driver.findElement(By.cssSelector("tr[data-department=gat] [data-testid=median]")).getText())
                .isEqualTo("1天45分");
        assertThat(driver.findElement(By.cssSelector("[data-issue='" + built.a().id() + "'] [data-testid=to-distribution]"))
                .getText()).isEqualTo("4天1小时");
        assertThat(driver.findElement(By.cssSelector("[data-testid=total-median]")).getText()).isEqualTo("3小时");
        assertThat(driver.findElement(By.cssSelector("[data-testid=rules]")).getText()).contains("首次报送时间不晚于该期截止时间");
        screenshot("editor", "dashboard");

        SessionRequests requests = new SessionRequests(driver);
        HttpResponse<byte[]> xlsx = requests.get(driver.findElement(By.cssSelector("[data-testid=export-xlsx]"))
                .getDomProperty("href"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("按部门").getLastRowNum()).isEqualTo(3);
        }
        HttpResponse<byte[]> csv = requests.get(driver.findElement(By.cssSelector("[data-testid=export-departments-csv]"))
                .getDomProperty("href"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF部门代码,部门");
        HttpResponse<byte[]> late = requests.get(driver.findElement(By.cssSelector("[data-testid=late-report-xlsx]"))
                .getDomProperty("href"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(late.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("住房城乡建设厅");
        }

        driver.findElement(By.cssSelector("[data-testid=late-report-page]")).click();
        WebElement first = visible(By.cssSelector("[data-testid=late-table] tbody tr"));
        assertThat(first.getDomAttribute("data-department")).isEqualTo("zjt");
        assertThat(first.findElement(By.cssSelector("[data-testid=late-total]")).getText()).isEqualTo("2");
        screenshot("editor", "late-departments");

        login("gat");
        assertThat(driver.findElements(By.linkText("报送统计"))).isEmpty();
        assertThat(new SessionRequests(driver).status(url("/dashboard?bulletinId=" + bulletin + "&year=2026"))).isEqualTo(403);
        assertThat(new SessionRequests(driver).status(url("/api/dashboard/timeliness.xlsx?bulletinId=" + bulletin)))
                .isEqualTo(403);
        open("/dashboard/late-departments");
        assertThat(driver.findElements(By.cssSelector("[data-testid=late-table]"))).isEmpty();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotEqualTo("年度逾期及未报送部门");
    }

    /** How many pixels of the canvas are not transparent (ECharts draws on a transparent canvas). */
    private long paintedPixels(WebElement canvas) {
        Object count = ((JavascriptExecutor) driver).executeScript(
                "var c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                        + "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;", canvas);
        return ((Number) count).longValue();
    }
}
