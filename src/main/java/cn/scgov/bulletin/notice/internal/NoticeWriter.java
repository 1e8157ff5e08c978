package cn.scgov.bulletin.notice.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a notice is made: written from its kind's template for each recipient, in the
 * caller's transaction, and — by the recipient's choice — with its e-mail in the outbox (same
 * transaction) or marked for their daily digest.
 */
@Component
public class NoticeWriter {

    /** What to tell: the kind, its placeholder values, the page it points to, the issue and task it is about. */
    public record Message(NoticeKind kind, Map<String, String> values, String link, Long issueId, String taskId) {
    }

    /** Published when e-mails were queued; the dispatcher starts sending once the transaction commits. */
    record MailQueued() {
    }

    static final String QUEUED = "QUEUED";
    static final String DIGEST = "DIGEST";

    private final NoticeRepository notices;
    private final NoticeTemplates templates;
    private final NoticePreferences preferences;
    private final MailOutbox outbox;
    private final MailGateway mail;
    private final NoticeSettings settings;
    private final Directory directory;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    NoticeWriter(NoticeRepository notices, NoticeTemplates templates, NoticePreferences preferences, MailOutbox outbox,
            MailGateway mail, NoticeSettings settings, Directory directory, TimeSource time,
            ApplicationEventPublisher events) {
        this.notices = notices;
        this.templates = templates;
        this.preferences = preferences;
        this.outbox = outbox;
        this.mail = mail;
        this.settings = settings;
        this.directory = directory;
        this.time = time;
        this.events = events;
    }

    /** Tells every enabled account among the recipients (each once). */
    public void tell(Collection<String> recipients, Message message) {
        if (recipients.isEmpty()) {
            return;
        }
        NoticeTemplates.Template template = templates.get(message.kind());
        boolean mailOn = message.kind().mailable() && mail.enabled();
        boolean queued = false;
        for (String username : new LinkedHashSet<>(recipients)) {
            UserAccount account = directory.user(username).filter(UserAccount::enabled).orElse(null);
            if (account == null) {
                continue;
            }
            Map<String, String> values = new HashMap<>(message.values());
            values.put("name", account.displayName());
            values.put("link", settings.url(message.link()));
            NoticeTemplates.Rendered rendered = NoticeTemplates.render(template.subject(), template.body(), values);
            DeliveryMode mode = mailOn && account.email() != null ? preferences.mode(username) : DeliveryMode.APP;
            String mailState = switch (mode) {
                case APP -> null;
                case EMAIL -> QUEUED;
                case DIGEST -> DIGEST;
            };
            long id = notices.insert(username, message.kind(), rendered.subject(), message.link(), message.issueId(),
                    message.taskId(), mailState, time.now());
            if (mode == DeliveryMode.EMAIL) {
                outbox.insert(id, null, username, account.email(), message.kind(), rendered.subject(), rendered.body(),
                        time.now());
                queued = true;
            }
        }
        if (queued) {
            events.publishEvent(new MailQueued());
        }
    }

    /** Queues an e-mail that is not one notice (a digest). */
    void queueMail(Long digestId, String username, String address, NoticeKind kind, NoticeTemplates.Rendered rendered) {
        outbox.insert(null, digestId, username, address, kind, rendered.subject(), rendered.body(), time.now());
        events.publishEvent(new MailQueued());
    }
}
