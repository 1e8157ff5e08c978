package cn.scgov.bulletin.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.calendar.ShiftRule;
import cn.scgov.bulletin.issue.OfficeBrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The office's calendar of coming issues in Chromium: skip one, undo, move one with the confirm step. */
class ScheduleBrowserTests extends OfficeBrowserTestSupport {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired ScheduleService schedules;

    @Test
    void editorSkipsAndMovesComingIssuesInTheCalendarView() {
        jobs.setClock(LocalDateTime.of(2026, 2, 2, 10, 0).atZone(ZONE).toInstant());
        Bulletin bulletin = newBulletin();
        schedules.save(user("sysadmin"), bulletin.id(), new ScheduleService.ScheduleCommand(true, Cadence.WEEKLY,
                PeriodChoice.PREVIOUS, 1, "09:00", 3, "17:00", 24, ShiftRule.NEXT_WORKDAY, HolidayWeekRule.SKIP, null, false));
        login("editor");
        open("/schedule");
        WebElement card = visible(By.id("bulletin-" + bulletin.id()));
        // The week of 9 February (with the make-up Saturday) opens on 24 February, after the Spring Festival.
        WebElement festival = row(bulletin, "2026-02-09");
        assertThat(festival.findElement(By.cssSelector("[data-testid=opens-at]")).getText()).contains("2026年2月24日 09:00");
        assertThat(festival.getText()).contains("顺延");
        assertThat(card.findElements(By.cssSelector("[data-period-start='2026-02-16']"))).as("holiday week").isEmpty();
        screenshot("editor", "schedule");

        WebElement next = row(bulletin, "2026-02-02");
        next.findElement(By.cssSelector("[data-testid=skip-open]")).click();
        next.findElement(By.cssSelector("[data-testid=skip-reason]")).sendKeys("春节前合并编发");
        clickAndWaitForReload(By.cssSelector("#bulletin-" + bulletin.id() + " [data-period-start='2026-02-02'] [data-testid=skip]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已跳过");
        assertThat(status(bulletin, "2026-02-02")).isEqualTo("已跳过");
        clickAndWaitForReload(By.cssSelector("#bulletin-" + bulletin.id() + " [data-period-start='2026-02-02'] [data-testid=restore]"));
        assertThat(status(bulletin, "2026-02-02")).isEqualTo("按计划");

        row(bulletin, "2026-02-02").findElement(By.cssSelector("[data-testid=move]")).click();
        waitForUrl("/move");
        setValue(By.id("opensDate"), "2026-02-06");
        setValue(By.id("opensTime"), "09:00");
        setValue(By.id("deadlineDate"), "2026-02-06");
        setValue(By.id("deadlineTime"), "12:00");
        clickAndWaitForReload(By.cssSelector("[data-testid=save-move]"));
        assertThat(text(By.id("deadline-error"))).contains("24 小时");
        setValue(By.id("opensDate"), "2026-02-04");
        clickAndWaitForReload(By.cssSelector("[data-testid=save-move]"));
        // Friday noon is before the period (2–6 February) ends: the page asks first.
        assertThat(text(By.cssSelector("[data-testid=confirm-deadline]"))).contains("早于统计时段结束");
        screenshot("editor", "schedule-move-confirm");
        clickAndWaitForReload(By.cssSelector("[data-testid=confirm-move]"));
        waitForUrl("/schedule");
        assertThat(status(bulletin, "2026-02-02")).isEqualTo("已调整");
        assertThat(row(bulletin, "2026-02-02").findElement(By.cssSelector("[data-testid=opens-at]")).getText())
                .contains("2026年2月4日 09:00");
    }

    @Test
    void systemAdministratorSetsTheScheduleWithAConfirmStep() {
        jobs.setClock(LocalDateTime.of(2026, 3, 2, 10, 0).atZone(ZONE).toInstant());
        Bulletin bulletin = newBulletin();
        login("sysadmin");
        open("/schedule");
        visible(By.cssSelector("[data-testid='configure-" + bulletin.code() + "']")).click();
        waitForUrl("/schedule");
        driver.findElement(By.cssSelector("[data-testid=schedule-active]")).click();
        clickAndWaitForReload(By.cssSelector("[data-testid=save-schedule]"));
        // Defaults: this week, due Thursday 17:00, before the week ends: confirm.
        assertThat(text(By.cssSelector("[data-testid=confirm-deadline]"))).contains("早于统计时段结束");
        clickAndWaitForReload(By.cssSelector("[data-testid=confirm-schedule]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("已保存");
        assertThat(text(By.cssSelector("#bulletin-" + bulletin.id() + " [data-testid=schedule-summary]")))
                .contains("自动开设").contains("周一 09:00 开设").contains("周四 17:00 截止");
        assertThat(schedules.schedule(user("sysadmin"), bulletin.id()).orElseThrow().active()).isTrue();
        screenshot("sysadmin", "schedule");

        // The calendar page refuses a file with a bad line, naming it, and imports a good one.
        open("/admin/calendar");
        assertThat(all(By.cssSelector("[data-testid=calendar-years] tr[data-year='2026']"))).hasSize(1);
        visible(By.id("calendar-file")).sendKeys(file("2034-01-01,休,元旦\n2034-01-02,班,调休\n").toString());
        clickAndWaitForReload(By.cssSelector("[data-testid=import-form] button[type=submit]"));
        assertThat(text(By.cssSelector("[data-testid=import-error]"))).contains("第2行").contains("周六或周日");
        assertThat(all(By.cssSelector("[data-testid=calendar-years] tr[data-year='2034']"))).isEmpty();
        visible(By.id("calendar-file")).sendKeys(file("2034-01-01,休,元旦\n").toString());
        clickAndWaitForReload(By.cssSelector("[data-testid=import-form] button[type=submit]"));
        assertThat(text(By.cssSelector(".alert.success"))).contains("2034 年");
        assertThat(all(By.cssSelector("[data-testid=calendar-days] tr[data-date='2034-01-01']"))).hasSize(1);
        screenshot("sysadmin", "calendar");
    }

    private static java.nio.file.Path file(String content) {
        try {
            java.nio.file.Path path = java.nio.file.Files.createTempFile("calendar", ".csv");
            java.nio.file.Files.writeString(path, content);
            path.toFile().deleteOnExit();
            return path;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private WebElement row(Bulletin bulletin, String periodStart) {
        return visible(By.cssSelector("#bulletin-" + bulletin.id() + " [data-period-start='" + periodStart + "']"));
    }

    private String status(Bulletin bulletin, String periodStart) {
        return row(bulletin, periodStart).findElement(By.cssSelector("[data-testid=occurrence-status]")).getText();
    }

    private void setValue(By by, String value) {
        WebElement input = driver.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
