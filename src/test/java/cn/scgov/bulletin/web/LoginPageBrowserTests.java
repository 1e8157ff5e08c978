package cn.scgov.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class LoginPageBrowserTests extends BrowserTestSupport {

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        login("editor", "wrong-password-1");
        assertThat(driver.findElement(By.cssSelector(".alert.error")).getText()).contains("用户名或密码不正确");
        screenshot("anonymous", "login-error");
    }

    @Test
    void userLandsOnTheirWorkAndCanLogOut() {
        login("editor");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        open("/password");
        assertThat(driver.findElement(By.cssSelector(".site-header .who")).getText()).contains("李文静");
        screenshot("editor", "password");
        driver.findElement(By.cssSelector(".user-box form button")).click();
        waitFor().until(d -> d.getCurrentUrl().contains("/login?logout"));
        screenshot("anonymous", "logged-out");
    }
}
