package cn.scgov.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.audit.FullPage;
import cn.scgov.bulletin.audit.MissingTexts;
import cn.scgov.bulletin.audit.SessionRequests;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.support.BrowserTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The system administrator edits a bulletin's definition and creates a new bulletin in the browser. */
class BulletinAdminBrowserTests extends BrowserTestSupport {

    @Autowired BulletinCatalog catalog;
    @Autowired Directory directory;

    private Bulletin bulletin;

    @BeforeEach
    void bulletinOfThisTest() {
        bulletin = catalog.create(sysadmin(), "ui-" + System.nanoTime() % 1_000_000, TestBulletins.small());
    }

    @Test
    void sysadminAddsASectionWithDepartmentsMovesItAndChangesThePrintRun() {
        login("sysadmin");
        assertThat(driver.getCurrentUrl()).endsWith("/admin/bulletins");
        assertThat(driver.findElement(By.cssSelector("table.bulletins")).getText()).contains("窗口工作周报", "94 份");
        shot("sysadmin", "bulletins");

        open("/admin/bulletins/" + bulletin.id());
        shot("sysadmin", "bulletin-editor");
        click(By.cssSelector("button[value=section-add]"));
        WebElement added = visible(By.id("s4"));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("s4");
        assertThat(driver.findElement(By.cssSelector(".alert.unsaved")).getText()).contains("尚未保存");
        type(By.id("s4-title"), "窗口服务亮点");
        added.findElement(By.cssSelector("details.dept-picker summary")).click();
        check(added, "公安厅");
        check(added, "住房城乡建设厅");
        assertThat(added.findElement(By.cssSelector("summary .count")).getText()).isEqualTo("已选 2 个");

        click(By.cssSelector("button[value='section-up:4']"));
        WebElement moved = visible(By.id("s3"));
        assertThat(moved.findElement(By.cssSelector("legend")).getText()).isEqualTo("四、 窗口服务亮点");
        assertThat(driver.findElement(By.id("s4-title")).getAttribute("value")).isEqualTo("大厅巡查情况");
        assertThat(moved.findElement(By.cssSelector("summary .count")).getText()).isEqualTo("已选 2 个");

        type(By.id("printCopies"), "120");
        shot("sysadmin", "bulletin-editor-unsaved");
        click(By.cssSelector(".save-bar button[value=save]"));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已保存刊物设置");

        BulletinDefinition saved = catalog.bulletin(bulletin.id()).definition();
        assertThat(saved.printCopies()).isEqualTo(120);
        assertThat(saved.outline()).extracting(SectionDefinition::title)
                .containsExactly("省本级综窗办件情况", "省级政务服务事项受理办理情况", "窗口工作动态", "窗口服务亮点", "大厅巡查情况");
        assertThat(saved.outline().get(3).departments()).containsExactly("gat", "zjt");
        assertThat(saved.outline().get(3).kind()).isEqualTo(SectionKind.NARRATIVE);
    }

    @Test
    void sysadminNestsASectionAndAddsAMetricToAStatisticsSection() {
        login("sysadmin");
        open("/admin/bulletins/" + bulletin.id());
        click(By.cssSelector("button[value='section-indent:1']"));
        assertThat(visible(By.id("s1")).getAttribute("data-depth")).isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector("#s1 legend")).getText()).startsWith("（一）");

        click(By.cssSelector("button[value='metric-add:0']"));
        type(By.id("s0-m2-key"), "transferred");
        type(By.id("s0-m2-label"), "流转（件）");
        WebElement template = driver.findElement(By.id("s0-template"));
        template.sendKeys("流转 {transferred} 件。");
        click(By.cssSelector(".save-bar button[value=save]"));
        visible(By.cssSelector(".alert.success"));

        BulletinDefinition saved = catalog.bulletin(bulletin.id()).definition();
        assertThat(saved.outline()).extracting(SectionDefinition::key).containsExactly("figures", "news", "inspection");
        assertThat(saved.outline().get(0).children()).extracting(SectionDefinition::key).containsExactly("platform");
        assertThat(saved.outline().get(0).metrics()).extracting(m -> m.key())
                .containsExactly("consultations", "accepted", "transferred");
        assertThat(saved.outline().get(0).template()).endsWith("流转 {transferred} 件。");
    }

    @Test
    void mistakesAreShownNextToTheirFieldsAndNothingTypedIsLost() {
        login("sysadmin");
        open("/admin/bulletins/" + bulletin.id());
        type(By.id("s2-title"), "");
        type(By.id("printCopies"), "很多");
        type(By.id("title"), "窗口工作周报（修订）");
        new Select(driver.findElement(By.id("s1-kind"))).selectByValue("NARRATIVE");
        click(By.cssSelector(".save-bar button[value=save]"));

        assertThat(visible(By.id("error-summary")).getText()).contains("2 处需要更正");
        assertThat(errorOf("s2-title")).isEqualTo("栏目标题不能为空");
        assertThat(errorOf("printCopies")).isEqualTo("须为整数");
        assertThat(driver.findElement(By.id("printCopies")).getAttribute("value")).isEqualTo("很多");
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("窗口工作周报（修订）");
        assertThat(driver.findElement(By.cssSelector("#s1 .kind-panel[data-for=NARRATIVE]")).isDisplayed()).isTrue();
        shot("sysadmin", "bulletin-editor-errors");

        type(By.id("s2-title"), "窗口工作动态");
        type(By.id("printCopies"), "96");
        type(By.id("s2-key"), "Bad Key");
        type(By.id("issueLineFormat"), "{year}年第{number}期（总第{cumulative}期）");
        type(By.id("firstCumulativeNumber"), "");
        click(By.cssSelector(".save-bar button[value=save]"));
        visible(By.id("error-summary"));
        assertThat(errorOf("s2-key")).contains("栏目标识须为小写字母");
        assertThat(errorOf("firstCumulativeNumber")).isEqualTo("期号格式含总期号，须设置起始总期号");
        assertThat(driver.findElement(By.id("s2-key")).getAttribute("value")).isEqualTo("Bad Key");
        assertThat(catalog.bulletin(bulletin.id()).definition().printCopies()).isEqualTo(94);
    }

    @Test
    void aConcurrentEditIsReportedAndTheTypedChangesCanStillBeSaved() {
        login("sysadmin");
        open("/admin/bulletins/" + bulletin.id());
        type(By.id("printCopies"), "200");
        type(By.id("subtitle"), "政务服务工作（本页修改）");

        Bulletin current = catalog.bulletin(bulletin.id());
        BulletinDefinition d = current.definition();
        catalog.update(sysadmin(), bulletin.id(), new BulletinDefinition(d.title(), d.issuer(), "他人修改", d.frequency(),
                d.issueLineFormat(), d.numbering(), d.headingStyles(), 95, d.reminderHours(), d.outline(),
                d.signoffChain(), d.colophon()), true, current.version());

        click(By.cssSelector(".save-bar button[value=save]"));
        WebElement summary = visible(By.id("error-summary"));
        assertThat(summary.getText()).contains("已被他人修改", "孙强", "您的修改尚未保存");
        assertThat(driver.findElement(By.id("printCopies")).getAttribute("value")).isEqualTo("200");
        assertThat(driver.findElement(By.id("subtitle")).getAttribute("value")).isEqualTo("政务服务工作（本页修改）");
        shot("sysadmin", "bulletin-editor-conflict");

        click(By.cssSelector("#error-summary button[value=overwrite]"));
        visible(By.cssSelector(".alert.success"));
        assertThat(catalog.bulletin(bulletin.id()).definition().printCopies()).isEqualTo(200);
        assertThat(catalog.bulletin(bulletin.id()).definition().subtitle()).isEqualTo("政务服务工作（本页修改）");
    }

    @Test
    void sysadminCreatesABulletinFromAnExistingOne() {
        login("sysadmin");
        new Select(driver.findElement(By.id("from"))).selectByVisibleText("以“政务窗口月报”为模板");
        click(By.cssSelector(".new-from button[type=submit]"));
        visible(By.id("code"));
        shot("sysadmin", "bulletin-new");
        String code = "quarterly-" + System.nanoTime() % 100_000;
        type(By.id("code"), code);
        type(By.id("title"), "政务窗口季报");
        click(By.cssSelector(".save-bar button[value=save]"));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已新增刊物：政务窗口季报");
        Bulletin created = catalog.bulletins().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
        assertThat(created.definition().outline()).hasSameSizeAs(
                catalog.bulletins().stream().filter(b -> b.code().equals("monthly")).findFirst().orElseThrow().definition().outline());
        assertThat(driver.getCurrentUrl()).endsWith("/admin/bulletins/" + created.id());
    }

    @Test
    void onlyTheSystemAdministratorConfiguresBulletins() {
        for (String username : List.of("auditor", "secadmin", "editor")) {
            login(username);
            SessionRequests requests = new SessionRequests(driver);
            assertThat(requests.status(url("/admin/bulletins"))).as(username).isEqualTo(403);
            assertThat(requests.status(url("/admin/bulletins/" + bulletin.id()))).as(username).isEqualTo(403);
            open("/password");
            assertThat(requests.post(url("/admin/bulletins/" + bulletin.id()), Map.of("op", "save", "title", "x"))
                    .statusCode()).as(username + " save").isEqualTo(403);
            assertThat(requests.post(url("/admin/bulletins/new"), Map.of("op", "section-add")).statusCode())
                    .as(username + " re-render").isEqualTo(403);
        }
        login("sysadmin");
        SessionRequests requests = new SessionRequests(driver);
        assertThat(requests.status(url("/admin/bulletins/abc"))).isEqualTo(404);
        assertThat(requests.status(url("/admin/bulletins/999999"))).isEqualTo(404);
        open("/password");
        assertThat(requests.post(url("/admin/bulletins/" + bulletin.id()), Map.of("op", "save", "sections[9999].title", "x"))
                .statusCode()).isEqualTo(400);
        assertThat(requests.post(url("/admin/bulletins/" + bulletin.id()), Map.of("op", "section-up:abc"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theEditorIsUsableOnAPhone() {
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            login("sysadmin");
            open("/admin/bulletins/" + bulletin.id());
            Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
            assertThat(width.intValue()).isLessThanOrEqualTo(375);
            shot("sysadmin", "bulletin-editor-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    void theBulletinPagesReadInEnglishToo() {
        login("sysadmin");
        open("/admin/bulletins?lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bulletins");
        MissingTexts.assertNone(driver);
        open("/admin/bulletins/" + bulletin.id());
        MissingTexts.assertNone(driver);
        click(By.cssSelector(".save-bar button[value=save]"));
        open("/admin/bulletins/new");
        type(By.id("printCopies"), "x");
        click(By.cssSelector(".save-bar button[value=save]"));
        visible(By.id("error-summary"));
        MissingTexts.assertNone(driver);
        shot("sysadmin", "bulletin-new-en");
        open("/admin/bulletins/new?lang=zh_CN");
        MissingTexts.assertNone(driver);
    }

    private String errorOf(String fieldId) {
        return driver.findElement(By.id(fieldId)).findElement(By.xpath("following-sibling::p[contains(@class,'field-error')]"))
                .getText();
    }

    private void check(WebElement section, String department) {
        section.findElement(By.xpath(".//label[contains(@class,'choice')][span[text()='" + department + "']]/input")).click();
    }

    /** Every button this test clicks posts the editor or opens a page; wait until the new page is there. */
    private void click(By by) {
        WebElement element = visibleOrScrolled(by);
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        waitFor().until(replaced(page));
    }

    private WebElement visibleOrScrolled(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    private void type(By by, String text) {
        WebElement input = visibleOrScrolled(by);
        input.clear();
        input.sendKeys(text);
    }

    private void shot(String role, String page) {
        FullPage.around(driver, () -> screenshot(role, page));
    }

    private CurrentUser sysadmin() {
        return directory.currentUser("sysadmin").orElseThrow();
    }
}
