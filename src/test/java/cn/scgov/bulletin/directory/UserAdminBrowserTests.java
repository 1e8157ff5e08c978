package cn.scgov.bulletin.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The system administrator keeps accounts; the security administrator roles, locks and the second part of a password. */
class UserAdminBrowserTests extends DirectoryAdminBrowserTestSupport {

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
}
