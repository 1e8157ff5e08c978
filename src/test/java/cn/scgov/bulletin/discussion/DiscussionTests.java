package cn.scgov.bulletin.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.notice.Notice;
import cn.scgov.bulletin.notice.Notices;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.MailTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/** Discussion threads on a contribution and on an issue in sign-off, over the API as clients use them. */
class DiscussionTests extends MailTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Notices notices;
    @Autowired CredentialRequests credentialRequests;
    @Autowired Credentials credentials;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private ParticipantsFixture.Unit other;
    private Issue issue;
    private String comments;

    @BeforeEach
    void openIssue() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        other = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code(), other.code())), LocalDate.of(2026, 11, 2));
        comments = "/api/contributions/" + fixture.contribution(issue, unit.code()).id() + "/comments";
    }

    @Test
    void theDepartmentAndTheOfficeTalkOnTheContributionAndTheTextIsKeptExactly() {
        String text = "第二条的办件量<b>1,234</b>是否含线上？\n  请 𠀀 核对。 ";
        ApiClient.Response posted = api(unit.submitter()).post(comments, Map.of("text", text));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().get("text").asString()).isEqualTo(text);

        assertThat(api("editor").post(comments, Map.of("text", "含线上，已核对。")).status()).isEqualTo(201);
        JsonNode thread = api(unit.submitter2()).get(comments).json();
        assertThat(thread.get("canPost").asBoolean()).isTrue();
        assertThat(thread.get("comments")).extracting(c -> c.get("authorName").asString())
                .containsExactly(unit.name() + "报送员", "李文静");
        assertThat(thread.get("comments").get(0).get("text").asString()).isEqualTo(text);
        assertThat(thread.get("comments").get(0).get("postedAt").asString()).isNotBlank();

        // The auditor reads the thread and the process log, and changes nothing.
        assertThat(api("auditor").get(comments).json().get("comments")).hasSize(2);
        assertThat(api("auditor").get(comments).json().get("canPost").asBoolean()).isFalse();
        assertThat(api("auditor").post(comments, Map.of("text", "审计员留言")).status()).isEqualTo(403);
        JsonNode log = api("auditor").get("/api/issues/" + issue.id() + "/log").json();
        assertThat(log.toString()).contains("COMMENT_POSTED", "稿件讨论（" + unit.name() + "）", "含线上，已核对。");
    }

    @Test
    void anotherDepartmentNeitherReadsNorPostsOnTheThread() {
        api(unit.submitter()).post(comments, Map.of("text", "本部门内部讨论"));

        ApiClient outsider = api(other.submitter());
        ApiClient.Response read = outsider.get(comments);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.body()).doesNotContain("本部门内部讨论");
        assertThat(outsider.post(comments, Map.of("text", "路过")).status()).isEqualTo(403);
        assertThat(api("recipient").get(comments).status()).isEqualTo(403);
        assertThat(api("sysadmin").get(comments).status()).isEqualTo(403);
        assertThat(api(unit.submitter()).get("/api/contributions/987654321/comments").status()).isEqualTo(404);
        assertThat(api("editor").get(comments).json().get("comments")).extracting(c -> c.get("text").asString())
                .containsExactly("本部门内部讨论");
    }

    @Test
    void aMentionedEditorIsToldInTheApplicationAndByEmail() throws Exception {
        String editor = "ed" + System.nanoTime() % 1_000_000;
        new Accounts(administration, credentialRequests, credentials, directory)
                .create(editor, "钱编辑", "bgs", EnumSet.of(Role.EDITOR), ParticipantsFixture.PASSWORD);
        String address = giveEmail(editor);

        long authorsBefore = notices.unread(user(unit.submitter()));
        ApiClient.Response posted = api(unit.submitter()).post(comments,
                Map.of("text", "@" + editor + " 请看第二条的数字是否需要更正。（@" + unit.submitter() + "）"));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().get("mentions")).extracting(m -> m.get("name").asString())
                .containsExactly("钱编辑", unit.name() + "报送员");

        List<Notice> told = notices.list(user(editor), false, new PageRequest(0, 10)).items();
        assertThat(told).singleElement().satisfies(notice -> {
            assertThat(notice.message()).startsWith(unit.name() + "报送员在《窗口工作周报》").endsWith(
                    "的稿件讨论（" + unit.name() + "）中提到了您");
            assertThat(notice.link()).isEqualTo(comments.replace("/api", "").replace("/comments", "") + "#discussion");
        });
        MimeMessage mail = awaitMessages(address, 1).get(0);
        assertThat(mail.getSubject()).endsWith("中提到了您");
        assertThat(String.valueOf(mail.getContent())).contains("请看第二条的数字是否需要更正。")
                .contains("http://localhost:8080" + notice(told).link());
        assertThat(notices.unread(user(unit.submitter()))).as("the author is not told of their own comment")
                .isEqualTo(authorsBefore);
    }

    @Test
    void aMentionOfSomeoneWhoMayNotReadTheThreadIsRefusedNamingThemAndNothingIsStored() {
        long before = notices.unread(user(other.submitter()));
        ApiClient.Response refused = api(unit.submitter()).post(comments,
                Map.of("text", "@" + other.submitter() + " 你们部门怎么写的？"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get("text").asString())
                .contains(other.name() + "报送员（" + other.submitter() + "）").contains("无权查看");
        ApiClient.Response unknown = api(unit.submitter()).post(comments, Map.of("text", "@nobody-here 请看"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get("text").asString()).contains("@nobody-here");

        assertThat(api("editor").get(comments).json().get("comments")).isEmpty();
        assertThat(notices.unread(user(other.submitter()))).isEqualTo(before);
        // An address is not a mention.
        assertThat(api(unit.submitter()).post(comments, Map.of("text", "材料已发至 office@example.cn")).status())
                .isEqualTo(201);
    }

    @Test
    void emptyOrTooLongTextIsRefusedAndNothingIsStored() {
        ApiClient client = api(unit.submitter());
        for (String text : List.of("", "  \n ", "字".repeat(2001), "𠀀".repeat(2001))) {
            ApiClient.Response refused = client.post(comments, Map.of("text", text));
            assertThat(refused.status()).as(text.length() + " characters").isEqualTo(400);
            assertThat(refused.json().get("errors").get("text").asString()).isNotBlank();
        }
        Map<String, Object> noText = new HashMap<>();
        noText.put("text", null);
        assertThat(client.post(comments, noText).status()).isEqualTo(400);
        assertThat(client.get(comments).json().get("comments")).isEmpty();

        assertThat(client.post(comments, Map.of("text", "𠀀".repeat(2000))).status())
                .as("2000 characters outside the BMP are 2000 characters").isEqualTo(201);
    }

    @Test
    void theIssueThreadIsForTheOfficeWhileTheIssueIsInSignOffAndReadOnlyAfterwards() {
        String thread = "/api/issues/" + issue.id() + "/comments";
        assertThat(api("editor").post(thread, Map.of("text", "征集中")).status()).isEqualTo(409);

        fixture.submit(issue, unit.submitter(), unit.code(), "稿件");
        fixture.accept(issue, unit.code());
        cn.scgov.bulletin.contribution.Contribution silent = fixture.contribution(issue, other.code());
        contributions.nothingToReport(user(other.submitter()), silent.id(), silent.version());
        jobs.awaitIdle();
        compilation.sendToSignoff(user("editor"), issue.id());

        assertThat(api("editor").post(thread, Map.of("text", "@reviewer 第一条请重点看。")).status()).isEqualTo(201);
        assertThat(notices.list(user("reviewer"), false, new PageRequest(0, 50)).items())
                .anySatisfy(n -> assertThat(n.message()).contains("审签讨论中提到了您"));
        assertThat(api("reviewer").post(thread, Map.of("text", "已阅。")).status()).isEqualTo(201);
        ApiClient.Response submitter = api("editor").post(thread, Map.of("text", "@" + unit.submitter() + " 请确认"));
        assertThat(submitter.status()).as("a submitter does not read the sign-off").isEqualTo(400);
        assertThat(api(unit.submitter()).get(thread).status()).isEqualTo(403);
        assertThat(api(unit.submitter()).post(thread, Map.of("text", "我也说两句")).status()).isEqualTo(403);
        assertThat(api("recipient").get(thread).status()).isEqualTo(403);

        signoff.decide(user("reviewer"), issue.id(), cn.scgov.bulletin.signoff.SignoffService.Decision.APPROVE, "同意");
        signoff.decide(user("leader"), issue.id(), cn.scgov.bulletin.signoff.SignoffService.Decision.APPROVE, "同意印发");
        jobs.awaitIdle();
        ApiClient.Response closed = api("leader").post(thread, Map.of("text", "签发后补充"));
        assertThat(closed.status()).isEqualTo(409);
        JsonNode read = api("leader").get(thread).json();
        assertThat(read.get("canPost").asBoolean()).isFalse();
        assertThat(read.get("comments")).extracting(c -> c.get("text").asString())
                .containsExactly("@reviewer 第一条请重点看。", "已阅。");
        assertThat(api("editor").post(comments, Map.of("text", "签发后")).status())
                .as("the contribution's thread is read-only once the issue is signed off").isEqualTo(409);
    }

    private static Notice notice(List<Notice> told) {
        return told.get(0);
    }
}
