package cn.scgov.bulletin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The auditor searches the process log, pages through it, exports it and reads an issue's timeline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPagesBrowserTests extends BrowserTestSupport {

    /** Every step of the journey happens on this day, so date searches see nothing else. */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    private static final int LOGINS = 60;

    @Autowired ApplicationContext context;
    @Autowired Credentials credentials;

    private Issue issue;

    @BeforeAll
    void journey() {
        IssueJourney journey = new IssueJourney(context);
        issue = journey.runOn(DAY);
        journey.jobs().setClock(DAY.atTime(18, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        try {
            for (int i = 0; i < LOGINS; i++) {
                credentials.recordSuccessfulLogin("gat2");
            }
        } finally {
            journey.jobs().resetClock();
        }
    }

    @Test
    void auditorFindsTheStepsOfAnIssueByUserActionIssueAndDate() {
        login("auditor");
        assertThat(driver.getCurrentUrl()).endsWith("/audit");
        shot("auditor", "audit-log");

        driver.findElement(By.id("actor")).sendKeys("editor");
        new Select(driver.findElement(By.id("action"))).selectByVisibleText("退回稿件");
        driver.findElement(By.id("issue")).sendKeys(String.valueOf(issue.id()));
        typeDate("from", DAY);
        typeDate("to", DAY);
        driver.findElement(By.cssSelector("form.audit-search button[type=submit]")).click();

        waitFor().until(d -> d.getCurrentUrl().contains("action=CONTRIBUTION_RETURNED"));
        assertThat(driver.getCurrentUrl()).doesNotContain("_csrf");
        List<WebElement> rows = driver.findElements(By.cssSelector("table.audit-log tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("李文静", "退回稿件", "涉及：公安厅", "退回", IssueJourney.RETURN_REASON,
                "2026年3月16日");
        assertThat(driver.findElement(By.cssSelector("[data-testid=result-count]")).getText()).contains("共 1 条");
        shot("auditor", "audit-log-search");

        new Select(driver.findElement(By.id("action"))).selectByIndex(0);
        driver.findElement(By.id("actor")).clear();
        driver.findElement(By.cssSelector("form.audit-search button[type=submit]")).click();
        waitFor().until(d -> !d.getCurrentUrl().contains("action=CONTRIBUTION_RETURNED"));
        String issueRows = driver.findElement(By.cssSelector("table.audit-log tbody")).getText();
        assertThat(issueRows).contains("创建期次", "报送稿件", "本期无报送", "采用稿件", "送审", "审核通过",
                IssueJourney.REVIEW_OPINION);
        assertThat(issueRows).doesNotContain("gat2");

        driver.findElement(By.cssSelector("table.audit-log tbody tr a[href*='/timeline']")).click();
        waitFor().until(d -> d.getCurrentUrl().endsWith("/issues/" + issue.id() + "/timeline"));
    }

    @Test
    void wrongSearchFieldsAreExplainedNextToThemInsteadOfFailing() {
        login("auditor");
        open("/audit?issue=abc&from=2026-13-45&action=NO_SUCH_ACTION&page=-3&size=7");
        assertThat(driver.findElement(By.cssSelector(".alert.error")).getText()).contains("查询条件有误");
        assertThat(driver.findElements(By.cssSelector(".field-error"))).extracting(WebElement::getText)
                .contains("期次编号须为正整数", "日期格式应为 2026-03-16", "请从列表中选择操作类型");
        assertThat(driver.findElement(By.id("issue")).getAttribute("value")).isEqualTo("abc");
        shot("auditor", "audit-log-invalid");
    }

    @Test
    void auditorPagesThroughTheLogAndExportsWhatTheSearchFinds() {
        login("auditor");
        open("/audit?actor=gat2&from=" + DAY + "&to=" + DAY);
        assertThat(driver.findElement(By.cssSelector("[data-testid=result-count]")).getText())
                .isEqualTo("共 " + LOGINS + " 条，第 1 / 2 页");
        assertThat(driver.findElements(By.cssSelector("table.audit-log tbody tr"))).hasSize(50);
        driver.findElement(By.cssSelector(".pagination a[rel=next]")).click();
        waitFor().until(d -> d.getCurrentUrl().contains("page=1"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=result-count]")).getText()).endsWith("第 2 / 2 页");
        assertThat(driver.findElements(By.cssSelector("table.audit-log tbody tr"))).hasSize(LOGINS - 50);
        assertThat(driver.findElement(By.cssSelector(".pagination [aria-current=page]")).getText()).isEqualTo("2");
        shot("auditor", "audit-log-page2");

        String export = driver.findElement(By.cssSelector("[data-testid=export-csv]")).getAttribute("href");
        assertThat(export).doesNotContain("page=");
        HttpResponse<byte[]> download = new SessionRequests(driver).get(export);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        String csv = new String(download.body(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF时间,用户,姓名");
        assertThat(lines).hasSize(LOGINS + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains("\"gat2\"", "\"登录\""));
    }

    @Test
    void timelineShowsEveryStepInOrderAndTheDiagramMarksTheCurrentStep() {
        login("auditor");
        open("/issues/" + issue.id() + "/timeline");
        visible(By.cssSelector("#process-diagram.ready"));
        assertThat(driver.findElements(By.cssSelector(".djs-element.step-current[data-element-id=signoffStep]"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".djs-element.step-done[data-element-id=compileIssue]"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("#process-diagram")).getText()).contains("审签（审核、签发）", "汇编");

        List<String> steps = driver.findElements(By.cssSelector("ol.timeline .step-name")).stream()
                .map(WebElement::getText).toList();
        assertThat(steps).startsWith("创建期次").endsWith("审核", "签发");
        assertThat(steps).containsSubsequence("起草报送", "审核稿件", "起草报送", "审核稿件", "汇编", "审核", "签发");
        WebElement returned = driver.findElements(By.cssSelector("ol.timeline .step")).stream()
                .filter(step -> step.getText().contains(IssueJourney.RETURN_REASON)).findFirst().orElseThrow();
        assertThat(returned.getText()).contains("审核稿件", "退回", "李文静", "公安厅", "2026年3月16日 10:05", "25分钟");
        WebElement current = driver.findElement(By.cssSelector("ol.timeline .step.in-progress"));
        assertThat(current.getText()).contains("签发", "办理中", "已等待");
        assertThat(driver.findElements(By.cssSelector("nav.issue-tabs"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("ol.timeline")).getText()).contains(IssueJourney.REVIEW_OPINION, "张建国");
        shot("auditor", "timeline");
        WebElement zoom = driver.findElement(By.id("diagram-zoom"));
        zoom.click();
        assertThat(zoom.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(zoom.getText()).isEqualTo("缩小到一屏");
        shot("auditor", "timeline-diagram-enlarged");

        HttpResponse<byte[]> png = new SessionRequests(driver).get(url("/api/issues/" + issue.id() + "/diagram.png"));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "auditor-timeline-diagram-png.png"),
                    png.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void editorsAndApproversReadTheTimelineButNotTheLog() {
        login("leader");
        open("/issues/" + issue.id() + "/timeline");
        visible(By.cssSelector("#process-diagram.ready"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("办理过程", "窗口工作周报");
        assertThat(driver.findElements(By.cssSelector("nav.issue-tabs a"))).extracting(WebElement::getText)
                .contains("办理过程");
        shot("leader", "timeline");
        SessionRequests requests = new SessionRequests(driver);
        assertThat(requests.status(url("/audit"))).isEqualTo(403);
        assertThat(requests.status(url("/audit/log.csv"))).isEqualTo(403);
    }

    @Test
    void administratorsAndSubmittersAreRefusedTheLogAndTimelines() {
        for (String username : List.of("sysadmin", "secadmin", "gat")) {
            login(username);
            SessionRequests requests = new SessionRequests(driver);
            assertThat(requests.status(url("/audit"))).as(username + " /audit").isEqualTo(403);
            assertThat(requests.status(url("/audit?issue=x"))).as(username + " invalid /audit").isEqualTo(403);
            assertThat(requests.status(url("/audit/log.csv"))).as(username + " csv").isEqualTo(403);
            assertThat(requests.status(url("/issues/" + issue.id() + "/timeline"))).as(username + " timeline").isEqualTo(403);
        }
        login("sysadmin");
        open("/audit");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("无权访问");
        shot("sysadmin", "audit-forbidden");
    }

    @Test
    void onAPhoneEachLogEntryReadsAsACard() {
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            login("auditor");
            open("/audit?issue=" + issue.id());
            WebElement firstRow = driver.findElement(By.cssSelector("table.audit-log tbody tr"));
            assertThat(firstRow.getSize().getWidth()).isLessThanOrEqualTo(375);
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(375);
            shot("auditor", "audit-log-phone");
            open("/issues/" + issue.id() + "/timeline");
            visible(By.cssSelector("#process-diagram.ready"));
            shot("auditor", "timeline-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    void theAuditPagesReadInEnglishToo() {
        login("auditor");
        open("/audit?lang=en&issue=" + issue.id());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Process log");
        MissingTexts.assertNone(driver);
        shot("auditor", "audit-log-en");
        open("/issues/" + issue.id() + "/timeline");
        assertThat(driver.findElement(By.cssSelector("#steps-heading")).getText()).isEqualTo("Steps");
        MissingTexts.assertNone(driver);
        open("/audit?lang=zh_CN&issue=" + issue.id());
        MissingTexts.assertNone(driver);
        SessionRequests requests = new SessionRequests(driver);
        assertThat(requests.status(url("/issues/abc/timeline"))).isEqualTo(404);
        assertThat(requests.status(url("/issues/99999999/timeline"))).isEqualTo(404);
        assertThat(requests.status(url("/audit?page=999999&issue=" + issue.id()))).isEqualTo(200);
        assertThat(requests.status(url("/audit/log.csv?from=yesterday"))).isEqualTo(400);
    }

    /**
     * Every page endpoint that changes something, tried by the auditor: none may succeed (2xx/3xx) and
     * none may fail (5xx). Their own password, logout and notices are the auditor's own business.
     */
    @Test
    void theAuditorChangesNothingAnywhere() {
        login("auditor");
        open("/audit");
        SessionRequests requests = new SessionRequests(driver);
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> tried = new java.util.ArrayList<>();
        // Every endpoint is tried and every wrong answer reported at once, not only the first.
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean changes = info.getMethodsCondition().getMethods().stream()
                    .anyMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS);
            for (String pattern : info.getPatternValues()) {
                if (!changes || pattern.startsWith("/api/") || pattern.equals("/password") || pattern.equals("/logout")
                        || pattern.startsWith("/notices") || pattern.equals("/login")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", String.valueOf(issue.id()));
                int status = requests.post(url(path), java.util.Map.of("op", "save")).statusCode();
                tried.add(path);
                softly.assertThat(status).as("auditor POST " + path).isBetween(400, 499);
            }
            for (String pattern : info.getPatternValues()) {
                if (!changes && pattern.startsWith("/admin")) {
                    String path = pattern.replaceAll("\\{[^}]+}", "1");
                    softly.assertThat(requests.status(url(path))).as("auditor GET " + path).isEqualTo(403);
                }
            }
        });
        softly.assertAll();
        assertThat(tried).contains("/admin/users", "/admin/bulletins/new", "/admin/departments");
    }

    private void shot(String role, String page) {
        FullPage.around(driver, () -> screenshot(role, page));
    }

    private void typeDate(String id, LocalDate date) {
        // Chromium's date input takes the digits in the locale's order (zh-CN: year, month, day).
        WebElement input = driver.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input,
                date.toString());
    }
}
