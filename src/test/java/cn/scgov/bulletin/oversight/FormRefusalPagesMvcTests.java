package cn.scgov.bulletin.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.support.FlowTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Forms whose service refuses what was asked (issue 10): the same form again, with the reason where the user
 * looks for it, what they typed kept, the refusal's status, and nothing changed. The pages' advice draws them
 * (shared.RefusalRedraw); these are the forms no other page test refuses.
 */
@AutoConfigureMockMvc
class FormRefusalPagesMvcTests extends FlowTestSupport {

    @Autowired MockMvc mvc;

    @Test
    void aDepartmentWhoseCodeIsTakenComesBackWithTheNameTypedAndTheReason() throws Exception {
        Department taken = directory.departments().get(0);
        int before = directory.departments().size();
        mvc.perform(post("/admin/departments").param("code", taken.code()).param("name", "拒绝测试新部门")
                        .param("kind", "WINDOW").param("position", "").param("active", "true").param("version", "0")
                        .with(as("sysadmin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("部门编码已存在：" + taken.code())))
                .andExpect(content().string(containsString("value=\"拒绝测试新部门\"")));
        assertThat(directory.departments()).hasSize(before);
    }

    @Test
    void aCalendarDayThatDoesNotReadAndAnImportWithoutFileAreRefusedOnThePage() throws Exception {
        mvc.perform(post("/admin/calendar/days").param("date", "2026-02-30").param("kind", "HOLIDAY")
                        .param("name", "拒绝测试假日").with(as("sysadmin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期格式应为 2026-02-14")))
                .andExpect(content().string(containsString("value=\"拒绝测试假日\"")));
        mvc.perform(multipart("/admin/calendar/import").with(as("sysadmin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-testid=\"import-error\"")))
                .andExpect(content().string(containsString("请选择要导入的日历文件")));
    }

    @Test
    void aNoticeTemplateRefusedOrSavedMeanwhileKeepsTheTextTyped() throws Exception {
        mvc.perform(post("/admin/notice-templates/REVIEW").param("subject", "{issue}{bogus}").param("body", "拒绝测试正文")
                        .param("version", "0").with(as("sysadmin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-testid=\"subject-error\"")))
                .andExpect(content().string(containsString("value=\"{issue}{bogus}\"")))
                .andExpect(content().string(containsString("拒绝测试正文")));
        mvc.perform(post("/admin/notice-templates/REVIEW").param("subject", "{issue} 待审核").param("body", "拒绝测试正文")
                        .param("version", "999").with(as("sysadmin")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("模板已被他人修改，请刷新后重试")))
                .andExpect(content().string(containsString("value=\"{issue} 待审核\"")));
        mvc.perform(get("/admin/notice-templates/REVIEW").with(as("sysadmin")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("拒绝测试正文"))));
    }

    @Test
    void anUnknownNoticeModeIsRefusedOnTheSettingsPage() throws Exception {
        mvc.perform(post("/notices/settings").param("mode", "PIGEON").param("version", "0")
                        .with(as("editor")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("未知的通知方式：PIGEON")));
    }

    @Test
    void aWrongCurrentPasswordIsShownOnThePasswordFormAsItsOwnChecksAre() throws Exception {
        mvc.perform(post("/password").param("currentPassword", "not-the-password-1")
                        .param("newPassword", "Xq7!rT2#pLm9").param("confirmPassword", "Xq7!rT2#pLm9")
                        .with(as("editor")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前密码不正确")));
    }

    private static RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(username);
    }
}
