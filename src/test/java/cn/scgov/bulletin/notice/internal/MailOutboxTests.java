package cn.scgov.bulletin.notice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.shared.RetryingTransactionTemplate;
import cn.scgov.bulletin.shared.TimeSource;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.MailTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The outbox across nodes and failures: nodes racing for the same e-mails send each once; a node
 * that dies holding an e-mail loses it when its lease runs out; failed attempts wait longer each
 * time, end as FAILED for the system administrator, and are sent again on request.
 */
class MailOutboxTests extends MailTestSupport {

    @Autowired ApplicationContext context;
    @Autowired MailOutbox outbox;
    @Autowired MailGateway gateway;
    @Autowired NoticeSettings settings;
    @Autowired RetryingTransactionTemplate transactions;
    @Autowired TimeSource time;
    @Autowired NoticeWriter writer;
    @Autowired MailDispatcher dispatcher;

    @Test
    void nodesRacingForTheSameEmailsSendEachExactlyOnce() throws Exception {
        String run = "race" + System.nanoTime() % 1_000_000;
        List<String> addresses = new ArrayList<>();
        transactions.run(() -> {
            for (int i = 0; i < 30; i++) {
                String address = run + "-" + i + "@mail.test.example.cn";
                addresses.add(address);
                outbox.insert(null, null, "editor", address, NoticeKind.TASK, "测试邮件 " + i, "正文 " + i, time.now());
            }
        });
        List<MailDispatcher> nodes = List.of(node(), node(), dispatcher);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> runs = nodes.stream().map(node -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return node.dispatchDue();
        })).toList();
        start.countDown();
        int sent = 0;
        for (CompletableFuture<Integer> run1 : runs) {
            sent += run1.get();
        }

        // The application's own poll may have joined the race too: it is one more node.
        assertThat(sent).isBetween(1, 30);
        jobs.await(() -> outbox.page(MailOutbox.Status.SENT, new cn.scgov.bulletin.shared.PageRequest(0, 200)).items()
                .stream().filter(m -> m.address().startsWith(run)).count() == 30, "all 30 e-mails to be marked sent");
        for (String address : addresses) {
            assertThat(messagesTo(address)).as(address).hasSize(1);
        }
        assertThat(outbox.page(MailOutbox.Status.SENT, new cn.scgov.bulletin.shared.PageRequest(0, 200)).items())
                .filteredOn(m -> m.address().startsWith(run)).hasSize(30).allSatisfy(m -> assertThat(m.attempts()).isEqualTo(1));
    }

    @Test
    void anEmailHeldByANodeThatDiedIsSentOnceItsLeaseRunsOut() {
        String address = "lease" + System.nanoTime() % 1_000_000 + "@mail.test.example.cn";
        Instant now = time.now();
        // A node writes the e-mail, claims it and dies (in one transaction, so no other node takes it first).
        long id = transactions.write(() -> {
            outbox.insert(null, null, "editor", address, NoticeKind.TASK, "租约测试", "正文", now);
            long inserted = outbox.due(now, 1000).stream()
                    .filter(i -> outbox.find(i).orElseThrow().address().equals(address)).findFirst().orElseThrow();
            assertThat(outbox.claim(inserted, "dead-node:1", now, now.plus(settings.lease()))).isPresent();
            return inserted;
        });

        dispatcher.dispatchDue();
        assertThat(messagesTo(address)).as("held by the dead node's lease").isEmpty();

        jobs.moveClockBy(settings.lease().plusSeconds(1));
        dispatcher.dispatchDue();
        assertThat(messagesTo(address)).hasSize(1);
        MailOutbox.Mail mail = outbox.find(id).orElseThrow();
        assertThat(mail.status()).isEqualTo(MailOutbox.Status.SENT);
        assertThat(mail.attempts()).isEqualTo(2);
    }

    @Test
    void aFailedEmailWaitsLongerEachTimeThenIsListedAsFailedAndSentAgainOnRequest() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        String address = giveEmail(unit.submitter());
        smtpDown();
        fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 7, 6));

        ApiClient sysadmin = api("sysadmin");
        jobs.await(() -> mailTo(sysadmin, null, address) != null && mailTo(sysadmin, null, address).get("attempts").asInt() == 1,
                "the first attempt to fail");
        JsonNode waiting = mailTo(sysadmin, null, address);
        assertThat(waiting.get("status").asString()).isEqualTo("PENDING");
        assertThat(waiting.get("lastError").asString()).contains("Connection refused");
        long id = waiting.get("id").asLong();
        Instant next = Instant.parse(waiting.get("nextAttemptAt").asString());
        assertThat(Duration.between(time.now(), next)).isBetween(Duration.ofSeconds(30), settings.firstRetry());

        smtpUp();
        dispatcher.dispatchDue();
        assertThat(messagesTo(address)).as("not due yet").isEmpty();
        smtpDown();
        List<Duration> waits = new ArrayList<>();
        Instant before = next;
        while (outbox.find(id).orElseThrow().status() == MailOutbox.Status.PENDING) {
            jobs.setClock(outbox.find(id).orElseThrow().nextAttemptAt().plusSeconds(1));
            dispatcher.dispatchDue();
            MailOutbox.Mail after = outbox.find(id).orElseThrow();
            if (after.status() == MailOutbox.Status.PENDING) {
                waits.add(Duration.between(before, after.nextAttemptAt()));
                before = after.nextAttemptAt();
            }
        }
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(settings.maxAttempts());
        assertThat(waits).as("each wait longer, up to the longest").isSorted();
        assertThat(waits.get(waits.size() - 1)).isLessThanOrEqualTo(settings.maxRetry().plusSeconds(2));

        JsonNode failed = mailTo(sysadmin, "FAILED", address);
        assertThat(failed.get("lastError").asString()).contains("Connection refused");
        assertThat(api("sysadmin").get("/api/notices?unreadOnly=true&size=50").json().get("items").valueStream()
                .filter(n -> n.get("kind").asString().equals("MAIL_FAILED"))
                .map(n -> n.get("message").asString())).contains("发往 " + address + " 的通知邮件发送失败");
        assertThat(messagesTo(address)).isEmpty();

        smtpUp();
        ApiClient.Response retried = sysadmin.post("/api/mail-outbox/" + id + "/retry", null);
        assertThat(retried.status()).isEqualTo(200);
        awaitMessages(address, 1);
        jobs.await(() -> outbox.find(id).orElseThrow().status() == MailOutbox.Status.SENT, "the e-mail to be marked sent");
        assertThat(sysadmin.post("/api/mail-outbox/" + id + "/retry", null).status()).as("sent already").isEqualTo(409);
    }

    private JsonNode mailTo(ApiClient sysadmin, String status, String address) {
        JsonNode list = sysadmin.get("/api/mail-outbox?size=200" + (status == null ? "" : "&status=" + status)).json();
        return list.get("mails").get("items").valueStream().filter(m -> m.get("address").asString().equals(address))
                .findFirst().orElse(null);
    }

    private MailDispatcher node() {
        return new MailDispatcher(outbox, gateway, settings, transactions, time, directory, writer);
    }
}
