package cn.scgov.bulletin.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.internet.MimeMessage;

import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.notice.internal.Digests;
import cn.scgov.bulletin.notice.internal.MailDispatcher;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.MailTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/** Templates the system administrator edits reach notices and e-mails; overdue departments make one digest per issue. */
class NoticeTemplateMailTests extends MailTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Notices notices;
    @Autowired Digests digests;
    @Autowired MailDispatcher dispatcher;

    private ParticipantsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ParticipantsFixture(context);
    }

    @Test
    void aTemplateTheAdministratorEditsIsWhatNoticesAndEmailsSay() throws Exception {
        ApiClient sysadmin = api("sysadmin");
        JsonNode template = sysadmin.get("/api/notice-templates/ISSUE_OPENED").json();
        int version = template.get("version").asInt();
        try {
            ApiClient.Response unknown = sysadmin.put("/api/notice-templates/ISSUE_OPENED", Map.of(
                    "subject", "【征稿】{issue}，截止 {deadline}{oops}", "body", "{name}同志：{who}请报送。", "version", version));
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.json().get("detail").asString()).contains("{oops}", "{who}");
            assertThat(unknown.json().get("errors").get("subject").asString()).contains("未知占位符：{oops}");
            assertThat(unknown.json().get("errors").get("body").asString()).contains("未知占位符：{who}");
            assertThat(sysadmin.put("/api/notice-templates/ISSUE_OPENED", Map.of("subject", "{issue", "body", "正文",
                    "version", version)).status()).as("a brace that opens no placeholder").isEqualTo(400);
            assertThat(sysadmin.get("/api/notice-templates/ISSUE_OPENED").json().get("subject").asString())
                    .as("nothing changed").isEqualTo(template.get("subject").asString());

            JsonNode preview = sysadmin.post("/api/notice-templates/ISSUE_OPENED/preview", Map.of(
                    "subject", "【征稿】{issue}，截止 {deadline}", "body", "{name}同志：请于{deadline}前报送。\n{link}")).json();
            assertThat(preview.get("subject").asString()).isEqualTo("【征稿】《窗口工作周报》2023年第8期，截止 2023年3月3日 17:00");
            assertThat(preview.get("body").asString()).startsWith("李文静同志：请于2023年3月3日 17:00前报送。\nhttp://");

            ApiClient.Response saved = sysadmin.put("/api/notice-templates/ISSUE_OPENED", Map.of(
                    "subject", "【征稿】{issue}，截止 {deadline}", "body", "{name}同志：请于{deadline}前报送。\n{link}",
                    "version", version));
            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.json().get("custom").asBoolean()).isTrue();
            assertThat(sysadmin.put("/api/notice-templates/ISSUE_OPENED", Map.of("subject", "{issue}", "body", "{issue}",
                    "version", version)).status()).as("a stale version").isEqualTo(409);

            ParticipantsFixture.Unit unit = fixture.unit();
            String address = giveEmail(unit.submitter());
            Issue issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 9, 7));
            String title = "《窗口工作周报》" + issues.issueLine(issues.require(issue.id())).text();
            MimeMessage message = awaitMessages(address, 1).get(0);
            assertThat(message.getSubject()).startsWith("【征稿】" + title + "，截止 ");
            assertThat(String.valueOf(message.getContent())).startsWith(unit.name() + "报送员同志：请于")
                    .contains("http://localhost:8080/issues/" + issue.id() + "/contribution");
            assertThat(notices.list(user(unit.submitter2()), false, new PageRequest(0, 5)).items()).singleElement()
                    .satisfies(n -> assertThat(n.message()).startsWith("【征稿】" + title));
        } finally {
            int current = sysadmin.get("/api/notice-templates/ISSUE_OPENED").json().get("version").asInt();
            JsonNode reset = sysadmin.post("/api/notice-templates/ISSUE_OPENED/reset", Map.of("version", current)).json();
            assertThat(reset.get("custom").asBoolean()).isFalse();
        }
    }

    @Test
    void overdueDepartmentsMakeOneDigestPerIssueForTheEditors() throws Exception {
        String editor = "ed" + System.nanoTime() % 100000;
        administration.createUser(user("sysadmin"), new DirectoryAdministration.NewUser(editor, "值班编辑", "bgs",
                editor + "@mail.test.example.cn"));
        administration.assignRoles(user("secadmin"), editor, java.util.EnumSet.of(Role.EDITOR),
                directory.user(editor).orElseThrow().version());
        String address = directory.user(editor).orElseThrow().email();
        List<ParticipantsFixture.Unit> units = List.of(fixture.unit(), fixture.unit(), fixture.unit());
        LocalDateTime deadline = LocalDateTime.ofInstant(now(), ZoneId.of("Asia/Shanghai")).plusHours(25);
        Issue issue = fixture.open(fixture.bulletin(units.stream().map(ParticipantsFixture.Unit::code).toList()),
                LocalDate.of(2026, 9, 14), deadline);

        jobs.moveClockBy(java.time.Duration.ofHours(25).plusMinutes(1));
        jobs.awaitIdle();
        for (ParticipantsFixture.Unit unit : units) {
            assertThat(notices.list(user(unit.submitter()), false, new PageRequest(0, 10)).items())
                    .extracting(Notice::kind).contains("OVERDUE");
        }
        jobs.moveClockBy(java.time.Duration.ofMinutes(3));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(digests::overdueDigests);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(digests::overdueDigests);
        one.get();
        two.get();
        digests.overdueDigests();

        List<Notice> editorNotices = notices.list(user(editor), false, new PageRequest(0, 50)).items().stream()
                .filter(n -> issue.id() == n.issueId()).toList();
        assertThat(editorNotices).extracting(Notice::kind).containsExactly("OVERDUE_DIGEST");
        String names = String.join("、", units.stream().map(ParticipantsFixture.Unit::name).toList());
        assertThat(editorNotices.get(0).message()).endsWith("：3 个部门逾期未报（" + names + "）");
        MimeMessage digest = awaitMessages(address, 1).get(0);
        assertThat(digest.getSubject()).endsWith("：3 个部门逾期未报（" + names + "）");
        assertThat(String.valueOf(digest.getContent())).contains("截止时以下 3 个部门尚未报送：" + names + "。");
        dispatcher.dispatchDue();
        assertThat(messagesTo(address)).hasSize(1);
    }
}
