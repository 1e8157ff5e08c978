package cn.scgov.bulletin.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.audit.MissingTexts;
import cn.scgov.bulletin.audit.SessionRequests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** The system administrator keeps departments; each administrator sees only their part of the directory. */
class DirectoryAdminBrowserTests extends DirectoryAdminBrowserTestSupport {

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
}
