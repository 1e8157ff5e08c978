package cn.scgov.bulletin.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.inbox.InboxService;
import cn.scgov.bulletin.inbox.InboxTab;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.notice.Notices;
import cn.scgov.bulletin.support.FlowTestSupport;

import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Rules of the participants' pages that a browser test would only show slowly: reading a page
 * changes nothing, what users write is escaped, forms need their CSRF token, and another
 * department's contribution is refused before anything of it is shown.
 */
class ParticipantPagesTests extends FlowTestSupport {

    @Autowired WebApplicationContext web;
    @Autowired ApplicationContext context;
    @Autowired InboxService inbox;
    @Autowired Notices notices;

    private MockMvc mvc;
    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private ParticipantsFixture.Unit other;
    private Issue issue;
    private Contribution contribution;
    private long section;

    @BeforeEach
    void openIssue() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        other = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code(), other.code())), LocalDate.of(2026, 7, 6));
        contribution = fixture.contribution(issue, unit.code());
        section = fixture.sections(issue, unit.code()).get(0).id();
    }

    @Test
    void readingThePagesChangesNothing() throws Exception {
        String submitter = unit.submitter();
        Task draft = draftTask();
        long unread = notices.unread(user(submitter));
        Map<InboxTab, Long> counts = inbox.counts(user(submitter));

        for (String page : List.of("/inbox", "/inbox?tab=GROUP", "/inbox?tab=DONE&sort=DUE", "/notices", "/notices?unread=true",
                "/deliveries", "/contributions/" + contribution.id(), "/inbox/tasks/" + draft.getId() + "/hand-over")) {
            mvc.perform(get(page).with(as(submitter))).andExpect(status().isOk());
        }
        mvc.perform(get("/issues/" + issue.id() + "/contribution").with(as(submitter)))
                .andExpect(redirectedUrl("/contributions/" + contribution.id()));
        mvc.perform(get("/issues/" + issue.id() + "/contributions/" + unit.code()).with(as("editor")))
                .andExpect(redirectedUrl("/contributions/" + contribution.id()));

        assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee()).isNull();
        assertThat(fixture.contribution(issue, unit.code()).version()).isEqualTo(contribution.version());
        assertThat(notices.unread(user(submitter))).isEqualTo(unread);
        assertThat(inbox.counts(user(submitter))).isEqualTo(counts);

        fixture.submit(issue, submitter, unit.code(), "本周办件 120 件。");
        int submitted = fixture.contribution(issue, unit.code()).version();
        mvc.perform(get("/contributions/" + contribution.id()).with(as("editor"))).andExpect(status().isOk());
        Task review = tasks(issue, IssueProcess.REVIEW_TASK).get(0);
        assertThat(review.getAssignee()).isNull();
        assertThat(fixture.contribution(issue, unit.code()).version()).isEqualTo(submitted);
    }

    @Test
    void whatUsersWriteIsShownAsTextNeverAsMarkup() throws Exception {
        contributions.save(user(unit.submitter()), contribution.id(), contribution.version(),
                List.of(new DraftItem(section, "<script>alert('稿件')</script><b>加粗</b>")));
        String asSubmitter = page("/contributions/" + contribution.id(), unit.submitter());
        assertThat(asSubmitter).contains("&lt;script&gt;alert(&#39;稿件&#39;)&lt;/script&gt;&lt;b&gt;加粗&lt;/b&gt;")
                .doesNotContain("<script>alert(").doesNotContain("<b>加粗");

        Contribution saved = fixture.contribution(issue, unit.code());
        contributions.submit(user(unit.submitter()), saved.id(), saved.version(), null);
        Contribution submitted = fixture.contribution(issue, unit.code());
        contributions.review(user("editor"), submitted.id(), submitted.version(), ReviewDecision.RETURN,
                "<img src=x onerror=alert(1)>请修改");
        assertThat(page("/contributions/" + contribution.id(), "editor")).doesNotContain("<script>alert(");
        String returned = page("/contributions/" + contribution.id(), unit.submitter());
        assertThat(returned).contains("&lt;img src=x onerror=alert(1)&gt;请修改").doesNotContain("<img src=x");
        assertThat(page("/notices", unit.submitter())).contains("&lt;img src=x onerror=alert(1)&gt;请修改")
                .doesNotContain("<img src=x");
    }

    @Test
    void anotherDepartmentsContributionIsRefusedWithoutShowingIt() throws Exception {
        contributions.save(user(unit.submitter()), contribution.id(), contribution.version(),
                List.of(new DraftItem(section, "只给本部门看的草稿")));
        String refused = mvc.perform(get("/contributions/" + contribution.id()).with(as(other.submitter())))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("无权访问").doesNotContain("只给本部门看的草稿").doesNotContain(unit.name());
        mvc.perform(get("/issues/" + issue.id() + "/contributions/" + unit.code()).with(as(other.submitter())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/contributions/" + contribution.id()).with(as(other.submitter())).with(csrf())
                .param("version", "1").param("op", "save").param("items[0].sectionId", String.valueOf(section))
                .param("items[0].text", "改写他部门稿件")).andExpect(status().isForbidden());
        mvc.perform(get("/contributions/999999").with(as(unit.submitter()))).andExpect(status().isNotFound());
        assertThat(fixture.contribution(issue, unit.code()).items()).extracting(ContributionItem::text)
                .containsExactly("只给本部门看的草稿");
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
        fixture.submit(issue, unit.submitter(), unit.code(), "已报送的稿件");
        Contribution submitted = fixture.contribution(issue, unit.code());
        mvc.perform(post("/contributions/" + contribution.id() + "/withdraw").with(as(unit.submitter()))
                .param("version", String.valueOf(submitted.version()))).andExpect(status().isForbidden());
        mvc.perform(post("/inbox/tasks/" + tasks(issue, IssueProcess.REVIEW_TASK).get(0).getId() + "/claim")
                .with(as("editor"))).andExpect(status().isForbidden());
        assertThat(fixture.contribution(issue, unit.code()).status()).isEqualTo(ContributionStatus.SUBMITTED);
        assertThat(tasks(issue, IssueProcess.REVIEW_TASK).get(0).getAssignee()).isNull();
    }

    @Test
    void editingButtonsChangeOnlyTheFormAndSavingStoresIt() throws Exception {
        String page = mvc.perform(post("/contributions/" + contribution.id()).with(as(unit.submitter())).with(csrf())
                        .param("version", String.valueOf(contribution.version())).param("op", "down:0")
                        .param("items[0].sectionId", String.valueOf(section)).param("items[0].text", "第一条")
                        .param("items[1].sectionId", String.valueOf(section)).param("items[1].text", "第二条"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("第二条")).isLessThan(page.indexOf("第一条"));
        assertThat(fixture.contribution(issue, unit.code()).items()).isEmpty();
        assertThat(draftTask().getAssignee()).isNull();

        mvc.perform(post("/contributions/" + contribution.id()).with(as(unit.submitter())).with(csrf())
                        .param("version", String.valueOf(contribution.version())).param("op", "save")
                        .param("items[0].sectionId", String.valueOf(section)).param("items[0].text", "第二条")
                        .param("items[1].sectionId", String.valueOf(section)).param("items[1].text", "  ")
                        .param("items[2].sectionId", String.valueOf(section)).param("items[2].text", "第一条"))
                .andExpect(redirectedUrl("/contributions/" + contribution.id()));
        assertThat(fixture.contribution(issue, unit.code()).items()).extracting(ContributionItem::text)
                .containsExactly("第二条", "第一条");
    }

    @Test
    void returningWithoutAReasonIsRefusedOnThePage() throws Exception {
        fixture.submit(issue, unit.submitter(), unit.code(), "稿件");
        Contribution submitted = fixture.contribution(issue, unit.code());
        String page = mvc.perform(post("/contributions/" + contribution.id() + "/review").with(as("editor")).with(csrf())
                        .param("version", String.valueOf(submitted.version())).param("decision", "RETURN").param("reason", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("退回须填写原因");
        assertThat(fixture.contribution(issue, unit.code()).status()).isEqualTo(ContributionStatus.SUBMITTED);
    }

    @Test
    void inboxFormsOnlyReturnToTheInbox() throws Exception {
        Task draft = draftTask();
        mvc.perform(post("/inbox/tasks/" + draft.getId() + "/claim").with(as(unit.submitter())).with(csrf())
                .param("back", "https://example.com/inbox")).andExpect(redirectedUrl("/inbox"));
        mvc.perform(post("/inbox/tasks/" + draft.getId() + "/unclaim").with(as(unit.submitter())).with(csrf())
                .param("back", "/inbox?tab=GROUP")).andExpect(redirectedUrl("/inbox?tab=GROUP"));
        assertThat(draftTask().getAssignee()).isNull();
    }

    @Test
    void aRefusedInboxActionGoesBackWhereItCameFromWithTheReason() throws Exception {
        Task draft = draftTask();
        mvc.perform(post("/inbox/tasks/" + draft.getId() + "/claim").with(as(unit.submitter())).with(csrf())
                .param("back", "/inbox?tab=GROUP")).andExpect(redirectedUrl("/inbox?tab=GROUP"))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(post("/inbox/tasks/" + draft.getId() + "/claim").with(as(unit.submitter())).with(csrf())
                .param("back", "/inbox?tab=GROUP")).andExpect(redirectedUrl("/inbox?tab=GROUP"))
                .andExpect(flash().attribute("flashError", "您已签收该任务"))
                .andExpect(flash().attributeCount(1));
        mvc.perform(post("/inbox/bulk-claim").with(as(unit.submitter())).with(csrf()).param("back", "/inbox?tab=DONE"))
                .andExpect(redirectedUrl("/inbox?tab=DONE")).andExpect(flash().attribute("flashError", "请至少选择一项"));
        assertThat(draftTask().getAssignee()).isEqualTo(unit.submitter());
    }

    @Test
    void everyPageReadsInChineseAndInEnglishWithoutMissingTexts() throws Exception {
        contributions.save(user(unit.submitter()), contribution.id(), contribution.version(),
                List.of(new DraftItem(section, "本周办件 120 件。")));
        for (String lang : List.of("zh_CN", "en")) {
            for (String path : List.of("/inbox", "/inbox?tab=GROUP", "/inbox?tab=DONE", "/inbox?tab=OVERDUE&sort=DUE",
                    "/notices", "/notices?unread=true", "/deliveries", "/contributions/" + contribution.id())) {
                String html = mvc.perform(get(path).param("lang", lang).with(as(unit.submitter())))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(html).as(path + " in " + lang).doesNotContain("??");
            }
            String review = mvc.perform(get("/contributions/" + contribution.id()).param("lang", lang).with(as("editor")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(review).doesNotContain("??");
        }
        assertThat(page("/inbox?lang=en", unit.submitter())).contains("My tasks", "To claim");
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws Exception {
        java.util.Properties chinese = new java.util.Properties();
        java.util.Properties english = new java.util.Properties();
        try (var zh = getClass().getResourceAsStream("/i18n/participants.properties");
                var en = getClass().getResourceAsStream("/i18n/participants_en.properties")) {
            chinese.load(new java.io.InputStreamReader(zh, java.nio.charset.StandardCharsets.UTF_8));
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
    }

    private static RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(username);
    }

    private Task draftTask() {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).taskCategory(unit.code()).singleResult();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
