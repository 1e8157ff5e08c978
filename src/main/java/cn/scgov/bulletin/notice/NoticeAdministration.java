package cn.scgov.bulletin.notice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.notice.internal.MailDispatcher;
import cn.scgov.bulletin.notice.internal.MailGateway;
import cn.scgov.bulletin.notice.internal.MailOutbox;
import cn.scgov.bulletin.notice.internal.NoticeKind;
import cn.scgov.bulletin.notice.internal.NoticeTemplates;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.RetryingTransactionTemplate;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's part of notices: the templates they are written from, and the e-mail
 * outbox (what is waiting or failed, and why; send again). Only the system administrator.
 */
@Service
public class NoticeAdministration {

    /** Values the preview fills in, as a real notice would have them. */
    private static final Map<String, String> SAMPLE = Map.ofEntries(Map.entry("name", "李文静"),
            Map.entry("link", "/issues/8"), Map.entry("issue", "《窗口工作周报》2023年第8期"),
            Map.entry("deadline", "2023年3月3日 17:00"), Map.entry("department", "公安厅"),
            Map.entry("actor", "张建国"), Map.entry("reason", "请补充本周办件数量"), Map.entry("task", "处长审核"),
            Map.entry("count", "3"), Map.entry("departments", "公安厅、交通运输厅、水利厅"),
            Map.entry("address", "liwenjing@example.gov.cn"), Map.entry("subject", "《窗口工作周报》2023年第8期开始征集稿件"),
            Map.entry("error", "Mail server connection failed"), Map.entry("date", "2023年3月1日"),
            Map.entry("notices", "· 《窗口工作周报》2023年第8期开始征集稿件\n· 《窗口工作周报》2023年第7期已印发，请阅知并签收"));

    private final NoticeTemplates templates;
    private final MailOutbox outbox;
    private final MailGateway mail;
    private final MailDispatcher dispatcher;
    private final RetryingTransactionTemplate transactions;
    private final TimeSource time;
    private final ApplicationEventPublisher events;
    private final cn.scgov.bulletin.notice.internal.NoticeSettings settings;

    NoticeAdministration(NoticeTemplates templates, MailOutbox outbox, MailGateway mail, MailDispatcher dispatcher,
            RetryingTransactionTemplate transactions, TimeSource time, ApplicationEventPublisher events,
            cn.scgov.bulletin.notice.internal.NoticeSettings settings) {
        this.templates = templates;
        this.outbox = outbox;
        this.mail = mail;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.time = time;
        this.events = events;
        this.settings = settings;
    }

    public List<NoticeTemplates.Template> templates(CurrentUser actor) {
        require(actor);
        return templates.all();
    }

    public NoticeTemplates.Template template(CurrentUser actor, String kind) {
        require(actor);
        return templates.get(kind(kind));
    }

    @Transactional
    @RetryOnCollision
    public NoticeTemplates.Template saveTemplate(CurrentUser actor, String kind, String subject, String body,
            Integer version) {
        require(actor);
        NoticeKind parsed = kind(kind);
        NoticeTemplates.check(parsed, subject, body);
        if (version == null) {
            throw InvalidInputException.field("version", "缺少版本号");
        }
        NoticeTemplates.Template saved = templates.save(parsed, subject, body, version, actor.username(), time.now());
        events.publishEvent(ProcessLogged.of(NoticeAction.NOTICE_TEMPLATE_CHANGED, actor.username(),
                parsed.name() + " " + parsed.label()));
        return saved;
    }

    @Transactional
    @RetryOnCollision
    public NoticeTemplates.Template resetTemplate(CurrentUser actor, String kind, Integer version) {
        require(actor);
        NoticeKind parsed = kind(kind);
        return saveTemplate(actor, parsed.name(), parsed.defaultSubject(), parsed.defaultBody(), version);
    }

    /** The template as a recipient would read it, filled in with example values; checked as a save is. */
    public NoticeTemplates.Rendered preview(CurrentUser actor, String kind, String subject, String body) {
        require(actor);
        NoticeKind parsed = kind(kind);
        NoticeTemplates.check(parsed, subject, body);
        Map<String, String> values = new HashMap<>(SAMPLE);
        values.put("link", settings.url(SAMPLE.get("link")));
        return NoticeTemplates.render(subject, body, values);
    }

    /** When the daily digest goes out, e.g. 08:00. */
    public String digestTime() {
        return settings.digestTime().toString();
    }

    public boolean mailEnabled() {
        return mail.enabled();
    }

    public PageResult<MailOutbox.Mail> mails(CurrentUser actor, String status, PageRequest page) {
        require(actor);
        MailOutbox.Status parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = MailOutbox.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.field("status", "未知状态：" + status + "（可选 PENDING、FAILED、SENT）");
            }
        }
        return outbox.page(parsed, page);
    }

    public Map<MailOutbox.Status, Long> mailCounts(CurrentUser actor) {
        require(actor);
        return outbox.counts();
    }

    /** Sends a failed or waiting e-mail again now (with a fresh count of attempts). */
    public MailOutbox.Mail retry(CurrentUser actor, long id) {
        require(actor);
        MailOutbox.Mail mailToRetry = outbox.find(id).orElseThrow(() -> new NotFoundException("邮件不存在：" + id));
        transactions.run(() -> {
            if (!outbox.retry(id, time.now())) {
                throw new ConflictException(mailToRetry.status() == MailOutbox.Status.SENT ? "该邮件已发送，无需重发"
                        : "该邮件正在发送，请稍后刷新");
            }
            events.publishEvent(ProcessLogged.of(NoticeAction.MAIL_RETRIED, actor.username(),
                    "#" + id + " → " + mailToRetry.address()));
        });
        dispatcher.dispatchSoon();
        return outbox.find(id).orElseThrow();
    }

    private static NoticeKind kind(String kind) {
        return NoticeKind.parse(kind).orElseThrow(() -> new NotFoundException("没有这种通知：" + kind));
    }

    private static void require(CurrentUser actor) {
        if (!actor.has(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可管理通知模板和通知邮件");
        }
    }
}
