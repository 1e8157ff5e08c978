package cn.scgov.bulletin.directory;

import cn.scgov.bulletin.audit.FullPage;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Browser tests of the directory's administration pages: the accounts at hand and the forms' common steps. */
abstract class DirectoryAdminBrowserTestSupport extends BrowserTestSupport {

    protected static final String PASSWORD = "Start2026x";

    @Autowired protected Directory directory;
    @Autowired protected DirectoryAdministration administration;
    @Autowired protected Credentials credentials;

    protected String newUser(String department) {
        String username = "u" + unique();
        administration.createUser(directory.currentUser("sysadmin").orElseThrow(),
                new DirectoryAdministration.NewUser(username, "测试用户" + username, department));
        return username;
    }

    /** Clicks something that loads a new page and waits until it has. */
    protected void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        waitFor().until(replaced(page));
    }

    protected void confirmAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        driver.switchTo().alert().accept();
        waitFor().until(replaced(page));
    }

    protected WebElement roleBox(String role) {
        return driver.findElement(By.cssSelector(".roles-form input[value=" + role + "]"));
    }

    protected void saveRoles() {
        clickAndWait(driver.findElement(By.cssSelector(".roles-form button[type=submit]")));
    }

    protected WebElement row(String key) {
        return driver.findElement(By.cssSelector("tr[data-code='" + key + "'], tr[data-username='" + key + "']"));
    }

    protected String errorOf(String fieldId) {
        return driver.findElement(By.id(fieldId))
                .findElement(By.xpath("following-sibling::p[contains(@class,'field-error')]")).getText();
    }

    protected void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    protected void shot(String role, String page) {
        FullPage.around(driver, () -> screenshot(role, page));
    }

    protected static String unique() {
        return String.valueOf(System.nanoTime() % 1_000_000);
    }
}
