package cn.scgov.bulletin.notice.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.RetryingTransactionTemplate;
import cn.scgov.bulletin.shared.TimeSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the outbox. Any node may run it at any time: each e-mail is claimed by one node for one
 * attempt (a lease), sent outside any transaction, then marked sent; a failed attempt waits longer
 * each time ({@link NoticeSettings#backoff}), and after the last one the e-mail is marked FAILED
 * and the system administrators get a notice. Nothing is dropped: a failed e-mail stays listed
 * until it is sent.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final MailOutbox outbox;
    private final MailGateway mail;
    private final NoticeSettings settings;
    private final RetryingTransactionTemplate transactions;
    private final TimeSource time;
    private final Directory directory;
    private final NoticeWriter writer;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService soon = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notice-mail");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    MailDispatcher(MailOutbox outbox, MailGateway mail, NoticeSettings settings,
            RetryingTransactionTemplate transactions, TimeSource time, Directory directory, NoticeWriter writer) {
        this.outbox = outbox;
        this.mail = mail;
        this.settings = settings;
        this.transactions = transactions;
        this.time = time;
        this.directory = directory;
        this.writer = writer;
    }

    /** E-mails were queued and their transaction committed: send them now rather than at the next poll. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeWriter.MailQueued queued) {
        dispatchSoon();
    }

    /** Sends what is due on a background thread of this node, soon (coalescing many calls into one run). */
    public void dispatchSoon() {
        if (wakeUpPending.compareAndSet(false, true)) {
            soon.execute(() -> {
                wakeUpPending.set(false);
                try {
                    dispatchDue();
                } catch (RuntimeException e) {
                    log.warn("Sending queued notice e-mails failed; the next poll retries: {}", e.toString());
                }
            });
        }
    }

    /** Sends every e-mail due now that no other node holds; answers how many were sent. */
    public int dispatchDue() {
        if (!mail.enabled()) {
            return 0;
        }
        int sent = 0;
        List<Long> due;
        do {
            due = outbox.due(time.now(), BATCH);
            for (long id : due) {
                if (attempt(id)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean attempt(long id) {
        String token = node + ":" + UUID.randomUUID();
        Instant now = time.now();
        MailOutbox.Outgoing mailToSend = transactions.write(() -> outbox.claim(id, token, now, now.plus(settings.lease())))
                .orElse(null);
        if (mailToSend == null) {
            return false;
        }
        try {
            mail.send(mailToSend);
        } catch (Exception e) {
            recordFailure(mailToSend, token, e);
            return false;
        }
        if (!transactions.write(() -> outbox.sent(id, token, time.now()))) {
            log.warn("E-mail {} was sent but its lease had run out and another node took it", id);
        }
        return true;
    }

    private void recordFailure(MailOutbox.Outgoing failed, String token, Exception e) {
        String error = describe(e);
        boolean giveUp = failed.attempts() >= settings.maxAttempts();
        Instant next = time.now().plus(settings.backoff(failed.attempts()));
        log.info("E-mail {} to {} failed (attempt {}{}): {}", failed.id(), failed.address(), failed.attempts(),
                giveUp ? ", giving up" : ", again at " + next, error);
        transactions.run(() -> {
            if (outbox.failed(failed.id(), token, error, next, giveUp) && giveUp) {
                writer.tell(directory.usernamesWith(EnumSet.of(Role.SYSADMIN), null),
                        new NoticeWriter.Message(NoticeKind.MAIL_FAILED, Map.of("address", failed.address(),
                                "subject", failed.subject(), "error", error), "/admin/mail", null, null));
            }
        });
    }

    /** The message of the exception and its causes, e.g. "Mail server connection failed; Connection refused". */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 900; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : "; ").append(message);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    @PreDestroy
    void stop() {
        soon.shutdownNow();
    }
}
