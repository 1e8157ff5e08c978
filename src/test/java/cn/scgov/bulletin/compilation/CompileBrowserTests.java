package cn.scgov.bulletin.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The editor compiles an issue: order, edit, add and drop items, fill figures and findings, preview, send. */
class CompileBrowserTests extends OfficeBrowserTestSupport {

    @Test
    void editorCompilesAndSendsTheIssueToSignoff() {
        Bulletin bulletin = newBulletin();
        catalog.setOpeningFigures(user("editor"), bulletin.id(), 2026, Map.of("figures.consultations", 100L, "figures.accepted", 10L));
        Issue issue = compiling(openIssue(bulletin, LocalDate.of(2026, 3, 2)));
        login("editor");
        open("/issues/" + issue.id() + "/compile");
        assertThat(text(By.cssSelector("[data-testid=section-figures] .section-heading"))).startsWith("一、省本级综窗办件情况");
        assertThat(text(By.cssSelector("[data-testid=section-news] .section-heading"))).startsWith("三、窗口工作动态");
        assertThat(itemTexts()).containsExactly("公安厅窗口全面启动“成都大运会行政审批绿色通道”服务。", "公安厅窗口开展业务培训。",
                "交通运输厅窗口大件运输许可团队开展“上门服务”。");
        assertThat(text(By.cssSelector("[data-testid=missing]"))).contains("咨询（人次）");
        screenshot("editor", "compile");

        // Reorder with the buttons (keyboard-usable): the third item moves up to second place.
        items().get(2).findElement(By.cssSelector("[data-testid=move-up]")).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitFor().until(d -> itemTexts().get(1).startsWith("交通运输厅"));
        waitFor().until(d -> "move-up".equals(d.switchTo().activeElement().getAttribute("data-testid")));
        assertThat(items().get(1).findElement(By.cssSelector("[data-testid=move-up]"))).isEqualTo(driver.switchTo().activeElement());
        assertThat(items().get(1).findElement(By.cssSelector(".item-number")).getText()).isEqualTo("（二）");

        // Edit the department's text; its original stays visible.
        WebElement text = items().get(1).findElement(By.cssSelector("[data-testid=item-text]"));
        text.clear();
        text.sendKeys("交通运输厅窗口赴企业开展“上门服务”，现场讲解大件运输许可办理。");
        items().get(1).findElement(By.cssSelector(".item-edit button[type=submit]")).click();
        waitFor().until(d -> !items().get(1).findElements(By.cssSelector(".tag.warn")).isEmpty());
        assertThat(items().get(1).findElement(By.cssSelector("[data-testid=item-original]")).getText())
                .contains("交通运输厅原文").contains("交通运输厅窗口大件运输许可团队开展“上门服务”。");
        assertThat(text(By.cssSelector("#flash .alert.success"))).contains("已保存修改");

        // Add an item of the editor's own.
        WebElement news = driver.findElement(By.cssSelector("[data-testid=section-news]"));
        news.findElement(By.cssSelector(".add-item summary")).click();
        news.findElement(By.cssSelector("[data-testid=new-item-text]")).sendKeys("省中心组织窗口开展业务培训 3 次。");
        news.findElement(By.cssSelector("[data-testid=add-item]")).click();
        waitFor().until(d -> items().size() == 4);
        assertThat(items().get(3).findElement(By.cssSelector(".item-source")).getText()).isEqualTo("编辑添加");

        // Not using an item (删除 = 不采用) keeps it, crossed out, and takes it out of the numbering; it can come back.
        items().get(0).findElement(By.cssSelector("[data-testid=item-exclude]")).click();
        waitFor().until(d -> !items().get(0).findElements(By.cssSelector("[data-testid=item-restore]")).isEmpty());
        assertThat(items().get(0).findElements(By.cssSelector(".item-number"))).isEmpty();
        assertThat(items().get(1).findElement(By.cssSelector(".item-number")).getText()).isEqualTo("（一）");
        screenshot("editor", "compile-items");
        items().get(0).findElement(By.cssSelector("[data-testid=item-restore]")).click();
        waitFor().until(d -> !items().get(0).findElements(By.cssSelector(".item-number")).isEmpty());

        // Statistics: the year to date follows from the year's opening figures.
        WebElement figures = driver.findElement(By.cssSelector("[data-testid=section-figures]"));
        figures.findElement(By.name("metric.consultations")).sendKeys("882");
        figures.findElement(By.name("metric.accepted")).sendKeys("109");
        figures.findElement(By.cssSelector("[data-testid=save-figures]")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("[data-testid=section-figures] tr[data-metric=consultations] [data-testid=ytd]"))
                .getText().equals("982"));
        assertThat(text(By.cssSelector("[data-testid=section-figures] [data-testid=sentence]")))
                .isEqualTo("本周，共计咨询 882 人次、受理 109 件；今年以来，累计咨询 982 人次、受理 119 件。");
        WebElement platform = driver.findElement(By.cssSelector("[data-testid=section-platform]"));
        platform.findElement(By.name("metric.licensing")).sendKeys("78908");
        platform.findElement(By.cssSelector("[data-testid=save-figures]")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("[data-testid=section-platform] [data-testid=sentence]"))
                .getText().contains("行政许可事项受理 78908 件"));

        // Checklist: the fixed items come with the usual finding; the editor changes one.
        WebElement finding = driver.findElement(By.cssSelector("[data-testid=section-inspection] [data-testid=finding]"));
        assertThat(finding.getAttribute("value")).isEqualTo("总体情况良好。");
        finding.clear();
        finding.sendKeys("个别窗口人员迟到，已当场提醒。");
        driver.findElement(By.cssSelector("[data-testid=section-inspection] [data-testid=save-checklist]")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("#flash")).getText().contains("已保存巡查情况"));
        assertThat(text(By.cssSelector("[data-testid=missing]"))).contains("均已填写");
        screenshot("editor", "compile-filled");

        // Everything survives a reload: it was saved, not only shown.
        open("/issues/" + issue.id() + "/compile");
        assertThat(itemTexts().get(1)).startsWith("交通运输厅窗口赴企业");
        assertThat(driver.findElement(By.cssSelector("[data-testid=section-inspection] [data-testid=finding]")).getAttribute("value"))
                .isEqualTo("个别窗口人员迟到，已当场提醒。");

        visible(By.cssSelector("#send a.button")).click();
        waitForUrl("/preview");
        assertThat(visible(By.cssSelector("[data-testid=preview-frame]")).getAttribute("src"))
                .endsWith("/api/issues/" + issue.id() + "/document.html");
        screenshot("editor", "preview");

        open("/issues/" + issue.id() + "/compile");
        clickAndConfirm(By.cssSelector("#send [data-testid=send-to-signoff]"));
        waitFor().until(d -> d.getCurrentUrl().endsWith("/issues/" + issue.id()));
        assertThat(text(By.cssSelector("[data-testid=issue-status]"))).isEqualTo("审签中");
        assertThat(text(By.cssSelector("[data-testid=chain] li.current"))).contains("审核");
        screenshot("editor", "workspace-signoff");
    }

    @Test
    void anEditConflictKeepsTheEditorsTextAndShowsWhatWasSavedMeanwhile() {
        Issue issue = compiling(openIssue(newBulletin(), LocalDate.of(2026, 3, 9)));
        login("editor");
        open("/issues/" + issue.id() + "/compile");
        CompiledItem first = compilation.compilation(user("editor2"), issue.id()).sections().stream()
                .flatMap(s -> s.items().stream()).findFirst().orElseThrow();
        compilation.editItem(user("editor2"), issue.id(), first.id(), "赵敏改过的文字。", true, first.version());

        WebElement text = items().get(0).findElement(By.cssSelector("[data-testid=item-text]"));
        text.clear();
        text.sendKeys("李文静的新文字。");
        items().get(0).findElement(By.cssSelector(".item-edit button[type=submit]")).click();
        waitFor().until(d -> !items().get(0).findElements(By.cssSelector("[data-testid=item-error]")).isEmpty());
        assertThat(items().get(0).findElement(By.cssSelector("[data-testid=item-error]")).getText()).contains("已被他人修改");
        assertThat(items().get(0).findElement(By.cssSelector("[data-testid=item-text]")).getAttribute("value")).isEqualTo("李文静的新文字。");
        assertThat(items().get(0).findElement(By.cssSelector(".original.latest")).getText()).contains("赵敏改过的文字。");
        screenshot("editor", "compile-conflict");

        // Saving again, having seen the other text, goes through.
        items().get(0).findElement(By.cssSelector(".item-edit button[type=submit]")).click();
        waitFor().until(d -> items().get(0).findElements(By.cssSelector("[data-testid=item-error]")).isEmpty());
        assertThat(compilation.compilation(user("editor"), issue.id()).sections().stream().flatMap(s -> s.items().stream())
                .filter(i -> i.id() == first.id()).findFirst().orElseThrow().text()).isEqualTo("李文静的新文字。");
    }

    @Test
    void itemsCanBeDraggedIntoPlace() {
        Issue issue = compiling(openIssue(newBulletin(), LocalDate.of(2026, 3, 16)));
        login("editor");
        open("/issues/" + issue.id() + "/compile");
        assertThat(itemTexts().get(0)).startsWith("公安厅窗口全面启动");
        // Chromium's HTML5 drag and drop, as a mouse would fire it: drag the first item's handle onto the third item.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var items = document.querySelectorAll('[data-testid=section-news] li.item');"
                        + "var data = new DataTransfer();"
                        + "items[0].querySelector('.drag-handle').dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                        + "items[2].dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                        + "items[2].dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));"
                        + "items[0].dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));");
        waitFor().until(d -> d.findElement(By.cssSelector("#flash")).getText().contains("已调整顺序"));
        assertThat(itemTexts()).containsExactly("公安厅窗口开展业务培训。", "交通运输厅窗口大件运输许可团队开展“上门服务”。",
                "公安厅窗口全面启动“成都大运会行政审批绿色通道”服务。");
        open("/issues/" + issue.id() + "/compile");
        assertThat(itemTexts().get(2)).startsWith("公安厅窗口全面启动");
    }

    private List<WebElement> items() {
        return driver.findElements(By.cssSelector("[data-testid=section-news] [data-testid=item]"));
    }

    private List<String> itemTexts() {
        return items().stream().map(item -> item.findElement(By.cssSelector("[data-testid=item-text]")).getAttribute("value")).toList();
    }
}
