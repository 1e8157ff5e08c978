package cn.scgov.bulletin.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A submitter reads the calls for contributions: unread ones are marked and counted, then marked read. */
class NoticePageBrowserTests extends BrowserTestSupport {

    @Autowired ApplicationContext context;

    @Test
    void unreadNoticesAreMarkedCountedAndMarkedRead() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        Bulletin bulletin = fixture.bulletin(List.of(unit.code()));
        fixture.open(bulletin, LocalDate.of(2026, 6, 1));
        fixture.open(bulletin, LocalDate.of(2026, 6, 8));

        login(unit.submitter());
        assertThat(unreadBadge()).isEqualTo("2");
        open("/notices");
        List<WebElement> notices = driver.findElements(By.cssSelector("[data-testid=notice]"));
        assertThat(notices).hasSize(2).allSatisfy(notice -> {
            assertThat(notice.getText()).contains("开始征集稿件", "未读");
            assertThat(notice.getAttribute("data-read")).isEqualTo("false");
        });
        screenshot("submitter", "notices-unread");

        page(notices.get(1).findElement(By.cssSelector("[data-testid=mark-read]")));
        assertThat(unreadBadge()).isEqualTo("1");
        assertThat(driver.findElements(By.cssSelector("[data-testid=notice][data-read=true]"))).hasSize(1);

        page(driver.findElement(By.cssSelector("[data-testid=tab-unread]")));
        assertThat(driver.findElements(By.cssSelector("[data-testid=notice]"))).hasSize(1);
        page(driver.findElement(By.cssSelector("[data-testid=read-all]")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已将全部通知标为已读");
        assertThat(driver.findElements(By.cssSelector("[data-testid=unread-count]"))).isEmpty();
        page(driver.findElement(By.cssSelector("[data-testid=tab-unread]")));
        assertThat(visible(By.cssSelector("[data-testid=empty]")).getText()).contains("没有未读通知");
        screenshot("submitter", "notices-all-read");
    }

    private String unreadBadge() {
        return visible(By.cssSelector("[data-testid=unread-count]")).getText();
    }

    private void page(WebElement target) {
        WebElement main = driver.findElement(By.tagName("main"));
        target.click();
        waitFor().until(replaced(main));
        visible(By.tagName("main"));
    }
}
