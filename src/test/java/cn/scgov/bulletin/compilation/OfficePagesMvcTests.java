package cn.scgov.bulletin.compilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The office pages' rules where a browser is not needed: no state change on GET, who may post what, conflicts. */
@AutoConfigureMockMvc
class OfficePagesMvcTests extends FlowTestSupport {

    @Autowired MockMvc mvc;

    private Bulletin bulletin;
    private Issue issue;

    @BeforeEach
    void compilingIssue() {
        bulletin = newBulletin(TestBulletins.small());
        issue = open(bulletin, LocalDate.of(2026, 6, 1));
        Long news = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("news")).findFirst().orElseThrow().id();
        var gat = contributionOf(issue, "gat");
        contributions.submit(user("gat"), gat.id(), gat.version(), List.of(new cn.scgov.bulletin.contribution.ContributionService.DraftItem(news, "公安厅稿件。")));
        var submitted = contributionOf(issue, "gat");
        contributions.review(user("editor"), submitted.id(), submitted.version(),
                cn.scgov.bulletin.contribution.ContributionService.ReviewDecision.ACCEPT, null);
        issueService.closeCollection(user("editor"), issue.id());
        jobs.awaitIdle();
        issue = reload(issue);
        assertThat(issue.status()).isEqualTo(IssueStatus.COMPILING);
    }

    @Test
    void readingEveryOfficePageChangesNothing() throws Exception {
        int version = issue.version();
        CompiledItem item = firstItem();
        for (String path : List.of("/issues", "/issues/" + issue.id(), "/issues/" + issue.id() + "/compile",
                "/issues/" + issue.id() + "/preview", "/issues/" + issue.id() + "/signoff", "/issues/new?bulletinId=" + bulletin.id())) {
            mvc.perform(get(path).with(as("editor"))).andExpect(status().isOk());
        }
        mvc.perform(get("/issues/" + issue.id() + "/signoff").with(as("reviewer"))).andExpect(status().isOk());
        assertThat(reload(issue).version()).isEqualTo(version);
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.COMPILING);
        assertThat(firstItem().version()).isEqualTo(item.version());
        assertThat(issueService.issues(user("editor"), bulletin.id(), null, cn.scgov.bulletin.shared.PageRequest.of(0, 50, 50)).total())
                .isEqualTo(1);
        // Changing actions are POST only.
        mvc.perform(get("/issues/" + issue.id() + "/compile/send").with(as("editor"))).andExpect(status().is4xxClientError());
        mvc.perform(get("/issues/" + issue.id() + "/close-collection").with(as("editor"))).andExpect(status().is4xxClientError());
    }

    @Test
    void approversCannotPostTheEditorsFormsNorDoTheyGetTheCompilePage() throws Exception {
        CompiledItem item = firstItem();
        mvc.perform(post("/issues/" + issue.id() + "/compile/items/" + item.id()).param("text", "审核人改的").param("version",
                String.valueOf(item.version())).with(as("reviewer")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/issues/" + issue.id() + "/compile/send").with(as("leader")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/issues/" + issue.id() + "/cancel").param("reason", "不要了").with(as("reviewer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/issues/" + issue.id() + "/compile").with(as("reviewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/issues/" + issue.id()).with(as("gat"))).andExpect(status().isForbidden());
        assertThat(firstItem().text()).isEqualTo("公安厅稿件。");
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.COMPILING);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/issues/" + issue.id() + "/compile/send").with(as("editor"))).andExpect(status().isForbidden());
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.COMPILING);
    }

    @Test
    void aStaleEditAnswers409WithTheEditorsTextKeptInThePageAndInTheHtmxFragment() throws Exception {
        CompiledItem item = firstItem();
        compilation.editItem(user("editor2"), issue.id(), item.id(), "赵敏的修改。", true, item.version());
        mvc.perform(post("/issues/" + issue.id() + "/compile/items/" + item.id()).param("text", "李文静的<b>修改</b>。")
                        .param("version", String.valueOf(item.version())).with(as("editor")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("李文静的&lt;b&gt;修改&lt;/b&gt;。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("赵敏的修改。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已被他人修改")));
        mvc.perform(post("/issues/" + issue.id() + "/compile/items/" + item.id()).param("text", "李文静的修改。")
                        .param("version", String.valueOf(item.version())).header("HX-Request", "true").with(as("editor")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"section-" + item.sectionId() + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("李文静的修改。")));
        assertThat(firstItem().text()).isEqualTo("赵敏的修改。");
    }

    @Test
    void aPlainFormPostRedirectsBackToTheSectionAndHtmxGetsTheSection() throws Exception {
        long figures = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("figures")).findFirst().orElseThrow().id();
        mvc.perform(post("/issues/" + issue.id() + "/compile/sections/" + figures + "/statistics").param("metric.consultations", "12")
                        .param("metric.accepted", "abc").with(as("editor")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请填写整数")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"abc\"")));
        mvc.perform(post("/issues/" + issue.id() + "/compile/sections/" + figures + "/statistics").param("metric.consultations", "12")
                        .param("metric.accepted", "3").with(as("editor")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/issues/" + issue.id() + "/compile#section-" + figures));
        mvc.perform(post("/issues/" + issue.id() + "/compile/sections/" + figures + "/statistics").param("metric.consultations", "13")
                        .header("HX-Request", "true").with(as("editor")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-swap-oob")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("本周，共计咨询 13 人次、受理 3 件")));
    }

    @Test
    void aFigureTheMetricCannotHoldIsRefusedNextToItsFieldAndNothingIsStored() throws Exception {
        long figures = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("figures")).findFirst().orElseThrow().id();
        mvc.perform(post("/issues/" + issue.id() + "/compile/sections/" + figures + "/statistics").param("metric.consultations", "12")
                        .param("metric.accepted", "4.2").with(as("editor")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("受理（件）须为整数")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"4.2\"")));
        assertThat(compilation.compilation(user("editor"), issue.id()).sections().stream()
                .filter(s -> s.section().id() == figures).findFirst().orElseThrow().figures())
                .allSatisfy(figure -> assertThat(figure.periodValue()).isNull());
    }

    @Test
    void theEditorDatesTheIssueAndLeavesOutThePeriodLineAndThePrintRunOnTheCompilePage() throws Exception {
        mvc.perform(post("/issues/" + issue.id() + "/compile/issue-date").param("issueDate", "2026-06-04")
                        .param("version", String.valueOf(reload(issue).version())).with(as("editor")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("成文日期不能早于统计时段的最后一天")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2026-06-04\"")));
        mvc.perform(post("/issues/" + issue.id() + "/compile/issue-date").param("issueDate", "2026-06-10")
                        .param("version", String.valueOf(reload(issue).version())).with(as("editor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/issues/" + issue.id() + "/compile/period-line")
                        .param("version", String.valueOf(reload(issue).version())).with(as("editor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/issues/" + issue.id() + "/compile/print-copies").param("copies", "0")
                        .param("version", String.valueOf(reload(issue).version())).with(as("editor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Issue changed = reload(issue);
        assertThat(changed.issueDate()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(changed.periodLine()).isFalse();
        assertThat(changed.printCopies()).isZero();
        mvc.perform(get("/issues/" + issue.id() + "/compile").with(as("editor")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2026-06-10\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("0 表示不印印数行")));
    }

    @Test
    void cancellingWithoutAReasonIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post("/issues/" + issue.id() + "/cancel").param("reason", "  ").with(as("editor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.COMPILING);
        mvc.perform(post("/issues/" + issue.id() + "/cancel").param("reason", "并入下期").with(as("editor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        jobs.awaitIdle();
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.CANCELLED);
    }

    @Test
    void returningWithoutAnOpinionIsRefusedOnThePage() throws Exception {
        fillAndSend();
        mvc.perform(post("/issues/" + issue.id() + "/signoff").param("decision", "RETURN").param("opinion", "")
                        .with(as("reviewer")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("退回须填写意见")));
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.SIGNOFF);
        mvc.perform(post("/issues/" + issue.id() + "/signoff").param("decision", "APPROVE").with(as("editor")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLastSignerDatesTheIssueOnTheSignoffPage() throws Exception {
        fillAndSend();
        mvc.perform(get("/issues/" + issue.id() + "/signoff").with(as("reviewer")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("signoff-issue-date"))));
        signoff.decide(user("reviewer"), issue.id(), cn.scgov.bulletin.signoff.SignoffService.Decision.APPROVE, null);
        mvc.perform(get("/issues/" + issue.id() + "/signoff").with(as("leader")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"signoff-issue-date\"")));
        mvc.perform(post("/issues/" + issue.id() + "/signoff").param("decision", "APPROVE").param("issueDate", "2026-06-01")
                        .with(as("leader")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("成文日期不能早于统计时段的最后一天")));
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.SIGNOFF);
        // The last approval asks for confirmation first (numbering and freezing cannot be undone).
        mvc.perform(post("/issues/" + issue.id() + "/signoff").param("decision", "APPROVE").param("issueDate", "2026-06-08")
                        .with(as("leader")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("签发后将编号定稿、冻结文件，不可撤销。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("成文日期：2026年6月8日")));
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.SIGNOFF);
        mvc.perform(post("/issues/" + issue.id() + "/signoff").param("decision", "APPROVE").param("issueDate", "2026-06-08")
                        .param("confirmed", "true").with(as("leader")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        jobs.awaitIdle();
        assertThat(reload(issue).issueDate()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(reload(issue).numbered()).isTrue();
    }

    @Test
    void aRunningTotalBelowLastIssuesIsRefusedNextToItsFieldWithTheLastFigureShown() throws Exception {
        fillAndSend();
        signoff.decide(user("reviewer"), issue.id(), cn.scgov.bulletin.signoff.SignoffService.Decision.APPROVE, null);
        signoff.decide(user("leader"), issue.id(), cn.scgov.bulletin.signoff.SignoffService.Decision.APPROVE, null);
        jobs.awaitIdle();
        Issue next = open(bulletin, LocalDate.of(2026, 6, 8));
        issueService.closeCollection(user("editor"), next.id());
        jobs.awaitIdle();
        long platform = issues.outline(next.id()).sections().stream().filter(s -> s.key().equals("platform")).findFirst().orElseThrow().id();
        mvc.perform(post("/issues/" + next.id() + "/compile/sections/" + platform + "/statistics").param("metric.licensing", "0")
                        .with(as("editor")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不能低于上期的 7")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("min=\"7\"")));
    }

    private void fillAndSend() {
        var outline = issues.outline(issue.id()).sections();
        long figures = outline.stream().filter(s -> s.key().equals("figures")).findFirst().orElseThrow().id();
        long platform = outline.stream().filter(s -> s.key().equals("platform")).findFirst().orElseThrow().id();
        compilation.fillStatistics(user("editor"), issue.id(), figures, java.util.Map.of("consultations", 1L, "accepted", 1L));
        compilation.fillStatistics(user("editor"), issue.id(), platform, java.util.Map.of("licensing", 7L));
        compilation.sendToSignoff(user("editor"), issue.id());
    }

    private CompiledItem firstItem() {
        return compilation.compilation(user("editor"), issue.id()).sections().stream().flatMap(s -> s.items().stream())
                .findFirst().orElseThrow();
    }

    private static RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(username).roles("USER");
    }
}
