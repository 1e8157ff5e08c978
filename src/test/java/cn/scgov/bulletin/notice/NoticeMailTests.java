package cn.scgov.bulletin.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.internet.MimeMessage;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.notice.internal.Digests;
import cn.scgov.bulletin.notice.internal.MailDispatcher;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.MailTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/** Notices by e-mail through a real SMTP server: the message itself, each user's choice, the daily digest. */
class NoticeMailTests extends MailTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Notices notices;
    @Autowired MailDispatcher dispatcher;
    @Autowired Digests digests;

    private ParticipantsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ParticipantsFixture(context);
    }

    @Test
    void aNewDraftTaskIsMailedInChineseToTheSubmitter() throws Exception {
        ParticipantsFixture.Unit unit = fixture.unit();
        String address = giveEmail(unit.submitter());
        Issue issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 6, 1));
        String issueTitle = "《窗口工作周报》" + issues.issueLine(issues.require(issue.id())).text();

        MimeMessage message = awaitMessages(address, 1).get(0);
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(address);
        assertThat(message.getSubject()).startsWith(issueTitle + "开始征集稿件，请于 ").endsWith(" 前报送");
        assertThat(message.getHeader("Subject")[0]).as("the subject is encoded as UTF-8").contains("=?UTF-8?");
        assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(message.getHeader("Message-ID")[0]).startsWith("<notice-");
        String body = String.valueOf(message.getContent());
        assertThat(body).startsWith(unit.name() + "报送员：")
                .contains(issueTitle + "开始征集稿件，请" + unit.name() + "于 ")
                .contains("http://localhost:8080/issues/" + issue.id() + "/contribution");

        // The other submitter has no address: the notice reaches them in the application only.
        assertThat(notices.list(user(unit.submitter2()), false, new cn.scgov.bulletin.shared.PageRequest(0, 10)).items())
                .singleElement().satisfies(n -> assertThat(n.message()).startsWith(issueTitle + "开始征集稿件"));
        assertThat(messagesTo(address)).hasSize(1);
    }

    @Test
    void eachUserChoosesInAppOnlyEmailTooOrADailyDigest() throws Exception {
        ParticipantsFixture.Unit quiet = fixture.unit();
        ParticipantsFixture.Unit eager = fixture.unit();
        String appOnly = giveEmail(quiet.submitter());
        String digest = giveEmail(quiet.submitter2());
        String immediate = giveEmail(eager.submitter());
        choose(quiet.submitter(), "APP");
        choose(quiet.submitter2(), "DIGEST");
        assertThat(api(eager.submitter()).get("/api/me/notice-settings").json().get("mode").asString()).isEqualTo("EMAIL");

        Issue issue = fixture.open(fixture.bulletin(List.of(quiet.code(), eager.code())), LocalDate.of(2026, 6, 8));
        awaitMessages(immediate, 1);
        dispatcher.dispatchDue();
        assertThat(messagesTo(appOnly)).isEmpty();
        assertThat(messagesTo(digest)).isEmpty();
        for (String username : List.of(quiet.submitter(), quiet.submitter2())) {
            assertThat(notices.unread(user(username))).as(username + " still sees it in the application").isEqualTo(1);
        }

        // The next morning after the digest time, two nodes make the digests at once: one e-mail.
        jobs.setClock(LocalDate.ofInstant(now(), ZoneId.of("Asia/Shanghai")).plusDays(1).atTime(8, 30)
                .atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(digests::dailyDigests);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(digests::dailyDigests);
        assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(1);
        digests.dailyDigests();
        dispatcher.dispatchDue();
        MimeMessage daily = awaitMessages(digest, 1).get(0);
        assertThat(daily.getSubject()).startsWith("您有 1 条新通知（");
        assertThat(String.valueOf(daily.getContent())).contains("开始征集稿件")
                .contains("http://localhost:8080/issues/" + issue.id() + "/contribution");
        dispatcher.dispatchDue();
        assertThat(messagesTo(digest)).hasSize(1);
        assertThat(messagesTo(appOnly)).isEmpty();
    }

    @Test
    void aUsersChoiceIsCheckedAndVersioned() {
        ParticipantsFixture.Unit unit = fixture.unit();
        ApiClient client = api(unit.submitter());
        JsonNode settings = client.get("/api/me/notice-settings").json();
        assertThat(settings.get("mailServer").asBoolean()).isTrue();
        assertThat(settings.get("email").isNull()).isTrue();

        ApiClient.Response unknown = client.put("/api/me/notice-settings", Map.of("mode", "SMS", "version", 0));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("未知的通知方式：SMS");
        assertThat(client.put("/api/me/notice-settings", Map.of("mode", "DIGEST", "version", 0)).status()).isEqualTo(200);
        assertThat(client.put("/api/me/notice-settings", Map.of("mode", "APP", "version", 0)).status())
                .as("a stale version").isEqualTo(409);
        assertThat(client.get("/api/me/notice-settings").json().get("mode").asString()).isEqualTo("DIGEST");
    }

    private void choose(String username, String mode) {
        ApiClient client = api(username);
        int version = client.get("/api/me/notice-settings").json().get("version").asInt();
        assertThat(client.put("/api/me/notice-settings", Map.of("mode", mode, "version", version)).status()).isEqualTo(200);
    }

    static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }
}
