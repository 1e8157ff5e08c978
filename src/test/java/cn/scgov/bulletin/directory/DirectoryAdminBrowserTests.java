package cn.scgov.bulletin.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.audit.FullPage;
import cn.scgov.bulletin.audit.MissingTexts;
import cn.scgov.bulletin.audit.SessionRequests;
import cn.scgov.bulletin.support.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The system administrator keeps departments and accounts; the security administrator roles and locks. */
class DirectoryAdminBrowserTests extends BrowserTestSupport {

    private static final String PASSWORD = "Start2026x";

    @Autowired Directory directory;
    @Autowired DirectoryAdministration administration;
    @Autowired Credentials credentials;

    @Test
    void sysadminCreatesEditsAndDeactivatesADepartment() {
        login("sysadmin");
        open("/admin/departments");
        shot("sysadmin", "departments");
        driver.findElement(By.cssSelector("#new-department summary")).click();
        String code = "tst-" + unique();
        type("new-code", code);
        type("new-name", "省测试管理局" + code);
        new Select(driver.findElement(By.id("new-kind"))).selectByVisibleText("进驻部门窗口");
        clickAndWait(driver.findElement(By.cssSelector("#new-department button[type=submit]")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已新增部门：省测试管理局");
        assertThat(row(code).getText()).contains("省测试管理局", "进驻部门窗口", "启用");

        clickAndWait(row(code).findElement(By.linkText("编辑")));
        type("name", "省测试服务局" + code);
        shot("sysadmin", "department-edit");
        clickAndWait(driver.findElement(By.cssSelector("form.form-card button[type=submit]")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已保存部门：省测试服务局");

        confirmAndWait(row(code).findElement(By.cssSelector("button.danger")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已停用部门");
        assertThat(row(code).getText()).contains("停用");
        assertThat(directory.department(code).orElseThrow().active()).isFalse();
    }

    @Test
    void aDuplicateOrMalformedDepartmentIsExplainedAndTheFormKept() {
        login("sysadmin");
        open("/admin/departments");
        driver.findElement(By.cssSelector("#new-department summary")).click();
        type("new-code", "Bad Code");
        type("new-name", "公安厅");
        type("new-position", "第一");
        clickAndWait(driver.findElement(By.cssSelector("#new-department button[type=submit]")));
        assertThat(errorOf("new-code")).contains("部门编码须为");
        assertThat(errorOf("new-position")).isEqualTo("排序号须为整数");
        assertThat(driver.findElement(By.id("new-name")).getAttribute("value")).isEqualTo("公安厅");
        type("new-code", "dup-" + unique());
        type("new-position", "");
        clickAndWait(driver.findElement(By.cssSelector("#new-department button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector("#new-department .alert.error")).getText()).contains("部门名称已存在：公安厅");
        shot("sysadmin", "departments-error");
    }

    /**
     * 三员分立 (issue 9): the system administrator creates an account and sees only part one of its one-time
     * password; the security administrator confirms and sees part two; the owner logs in with both parts and
     * must choose a password at once. A reset goes the same way. (Before issue 9 the system administrator
     * chose the whole password.)
     */
    @Test
    void sysadminCreatesAUserAndTheSecurityAdministratorIssuesTheSecondPartOfItsPassword() {
        login("sysadmin");
        open("/admin/users");
        assertThat(driver.findElements(By.xpath("//table[contains(@class,'users')]//th[text()='角色']"))).isEmpty();
        shot("sysadmin", "users");
        driver.findElement(By.cssSelector("#new-user summary")).click();
        String username = "wang" + unique();
        type("new-username", username);
        type("new-displayName", "王小明");
        new Select(driver.findElement(By.id("new-department"))).selectByVisibleText("交通运输厅");
        assertThat(driver.findElements(By.id("new-initialPassword"))).isEmpty();
        clickAndWait(driver.findElement(By.cssSelector("#new-user button[type=submit]")));

        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已新增用户 王小明", "请安全管理员分配角色");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("王小明", username);
        String partOne = driver.findElement(By.cssSelector("[data-testid=issued-part] code.one-time")).getText();
        assertThat(partOne).hasSize(8);
        assertThat(visible(By.cssSelector("[data-testid=pending-request]")).getText()).contains("新账户初始密码", "sysadmin");
        UserAccount created = directory.user(username).orElseThrow();
        assertThat(created.departmentCode()).isEqualTo("jtyst");
        assertThat(created.mustChangePassword()).isTrue();
        shot("sysadmin", "user");
        assertThat(driver.findElements(By.cssSelector("form[action$='/password/confirm']"))).isEmpty();

        type("displayName", "王晓明");
        clickAndWait(driver.findElement(By.cssSelector("form[aria-labelledby=profile-heading] button[type=submit]")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已保存用户信息");
        assertThat(directory.user(username).orElseThrow().displayName()).isEqualTo("王晓明");

        login("secadmin");
        open("/admin/users/" + username);
        roleBox("SUBMITTER").click();
        saveRoles();
        confirmAndWait(driver.findElement(By.cssSelector("form[action$='/password/confirm'] button")));
        String partTwo = visible(By.cssSelector("[data-testid=issued-part] code.one-time")).getText();
        assertThat(partTwo).hasSize(8);
        shot("secadmin", "user-password-issued");

        login(username, partOne);
        assertThat(driver.getCurrentUrl()).contains("/login");
        login(username, partOne + partTwo);
        waitFor().until(d -> d.getCurrentUrl().contains("/password"));
        type("currentPassword", partOne + partTwo);
        type("newPassword", PASSWORD);
        type("confirmPassword", PASSWORD);
        clickAndWait(driver.findElement(By.cssSelector("form[action$='/password'] button[type=submit]")));
        assertThat(directory.user(username).orElseThrow().mustChangePassword()).isFalse();

        login("sysadmin");
        open("/admin/users/" + username);
        confirmAndWait(driver.findElement(By.cssSelector("form[action$='/password'] button[type=submit]")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已申请重置密码");
        assertThat(driver.findElement(By.cssSelector("[data-testid=issued-part] code.one-time")).getText()).hasSize(8);
        assertThat(directory.user(username).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void secadminAssignsRolesAndSeesTheSeparationOfDutiesRefusal() {
        String username = newUser("zjt");
        login("secadmin");
        open("/admin/users?q=" + username);
        assertThat(row(username).getText()).contains("尚无角色");
        shot("secadmin", "users");
        clickAndWait(row(username).findElement(By.linkText("角色与锁定")));
        assertThat(driver.findElements(By.cssSelector("form[aria-labelledby=profile-heading]"))).isEmpty();
        roleBox("SUBMITTER").click();
        roleBox("RECIPIENT").click();
        saveRoles();
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已保存角色");
        assertThat(directory.user(username).orElseThrow().roles()).containsExactlyInAnyOrder(Role.SUBMITTER, Role.RECIPIENT);

        roleBox("SYSADMIN").click();
        saveRoles();
        assertThat(visible(By.cssSelector("[data-testid=roles-error]")).getText()).isEqualTo("管理员角色不能兼任业务角色");
        assertThat(roleBox("SYSADMIN").isSelected()).isTrue();
        shot("secadmin", "user-roles-refused");
        roleBox("AUDITOR").click();
        saveRoles();
        assertThat(visible(By.cssSelector("[data-testid=roles-error]")).getText())
                .isEqualTo("系统管理员、安全管理员、安全审计员须由不同人员担任");
        assertThat(directory.user(username).orElseThrow().roles()).containsExactlyInAnyOrder(Role.SUBMITTER, Role.RECIPIENT);
    }

    @Test
    void secadminUnlocksAnAccountLockedByFailedLogins() {
        String username = newUser("gat");
        for (int i = 0; i < 5; i++) {
            credentials.recordFailedLogin(username);
        }
        login("secadmin");
        open("/admin/users?status=locked");
        assertThat(row(username).findElement(By.cssSelector("[data-testid=locked]")).getText()).startsWith("已锁定至 ");
        shot("secadmin", "users-locked");
        clickAndWait(row(username).findElement(By.cssSelector("form[action$='/unlock'] button")));
        assertThat(visible(By.cssSelector(".alert.success")).getText()).contains("已解除锁定");
        assertThat(driver.findElements(By.cssSelector("tr[data-username='" + username + "']"))).isEmpty();
        assertThat(directory.user(username).orElseThrow().lockedUntil()).isNull();

        open("/admin/users/" + username);
        confirmAndWait(driver.findElement(By.cssSelector("form[action$='/lock'] button")));
        assertThat(visible(By.cssSelector("[data-testid=lock-state]")).getText()).isEqualTo("已锁定（须解除锁定）");
        shot("secadmin", "user-locked");
    }

    @Test
    void eachAdministratorSeesOnlyTheirPartAndTheAuditorNoneOfIt() {
        String username = newUser("gat");
        login("sysadmin");
        SessionRequests sysadmin = new SessionRequests(driver);
        open("/admin/users/" + username);
        assertThat(driver.findElements(By.cssSelector(".roles-form"))).isEmpty();
        assertThat(sysadmin.post(url("/admin/users/" + username + "/roles"), Map.of("roles", "EDITOR", "version", "0"))
                .statusCode()).isEqualTo(403);
        assertThat(sysadmin.status(url("/audit"))).isEqualTo(403);

        login("secadmin");
        SessionRequests secadmin = new SessionRequests(driver);
        open("/admin/users/" + username);
        assertThat(secadmin.post(url("/admin/users/" + username), Map.of("displayName", "改名", "enabled", "true",
                "version", "0")).statusCode()).isEqualTo(403);
        assertThat(secadmin.status(url("/admin/departments"))).isEqualTo(403);
        assertThat(secadmin.status(url("/admin/bulletins"))).isEqualTo(403);

        login("auditor");
        SessionRequests auditor = new SessionRequests(driver);
        for (String path : List.of("/admin/users", "/admin/users/" + username, "/admin/departments",
                "/admin/departments/gat", "/admin/bulletins")) {
            assertThat(auditor.status(url(path))).as(path).isEqualTo(403);
        }
        open("/admin/users");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("无权访问");
        shot("auditor", "users-forbidden");
        open("/audit");
        Map<String, Map<String, String>> posts = Map.of(
                "/admin/users", Map.of("username", "x" + unique(), "displayName", "x"),
                "/admin/users/" + username + "/password/confirm", Map.of(),
                "/admin/users/" + username, Map.of("displayName", "x", "enabled", "true", "version", "0"),
                "/admin/users/" + username + "/password", Map.of("newPassword", PASSWORD, "confirmPassword", PASSWORD),
                "/admin/users/" + username + "/roles", Map.of("roles", "EDITOR", "version", "0"),
                "/admin/users/" + username + "/lock", Map.of(),
                "/admin/users/" + username + "/unlock", Map.of(),
                "/admin/departments", Map.of("code", "x" + unique(), "name", "x" + unique(), "kind", "WINDOW"),
                "/admin/departments/gat", Map.of("name", "公安厅", "kind", "WINDOW", "active", "true", "version", "0"),
                "/admin/departments/gat/active", Map.of("active", "false", "version", "0"));
        posts.forEach((path, fields) -> assertThat(auditor.post(url(path), fields).statusCode()).as("POST " + path)
                .isEqualTo(403));
        assertThat(directory.user(username).orElseThrow().roles()).isEmpty();
        assertThat(directory.department("gat").orElseThrow().active()).isTrue();
    }

    @Test
    void theUsersPageFitsAPhone() {
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            login("secadmin");
            open("/admin/users?department=gat");
            Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
            assertThat(width.intValue()).isLessThanOrEqualTo(375);
            shot("secadmin", "users-phone");
            login("sysadmin");
            open("/admin/users?department=gat");
            shot("sysadmin", "users-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    void theDirectoryPagesReadInEnglishToo() {
        String username = newUser("gat");
        for (String admin : List.of("sysadmin", "secadmin")) {
            login(admin);
            for (String path : List.of("/admin/users?lang=en", "/admin/users/" + username, "/admin/users?lang=zh_CN",
                    "/admin/users/" + username)) {
                open(path);
                MissingTexts.assertNone(driver);
            }
        }
        login("sysadmin");
        for (String path : List.of("/admin/departments?lang=en", "/admin/departments/gat", "/admin/departments?lang=zh_CN",
                "/admin/departments/gat")) {
            open(path);
            MissingTexts.assertNone(driver);
        }
    }

    private String newUser(String department) {
        String username = "u" + unique();
        administration.createUser(directory.currentUser("sysadmin").orElseThrow(),
                new DirectoryAdministration.NewUser(username, "测试用户" + username, department));
        return username;
    }

    /** Clicks something that loads a new page and waits until it has. */
    private void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        waitFor().until(replaced(page));
    }

    private void confirmAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        driver.switchTo().alert().accept();
        waitFor().until(replaced(page));
    }

    private WebElement roleBox(String role) {
        return driver.findElement(By.cssSelector(".roles-form input[value=" + role + "]"));
    }

    private void saveRoles() {
        clickAndWait(driver.findElement(By.cssSelector(".roles-form button[type=submit]")));
    }

    private WebElement row(String key) {
        return driver.findElement(By.cssSelector("tr[data-code='" + key + "'], tr[data-username='" + key + "']"));
    }

    private String errorOf(String fieldId) {
        return driver.findElement(By.id(fieldId))
                .findElement(By.xpath("following-sibling::p[contains(@class,'field-error')]")).getText();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void shot(String role, String page) {
        FullPage.around(driver, () -> screenshot(role, page));
    }

    private static String unique() {
        return String.valueOf(System.nanoTime() % 1_000_000);
    }
}
