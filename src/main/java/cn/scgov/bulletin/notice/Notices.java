package cn.scgov.bulletin.notice;

import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.notice.internal.DeliveryMode;
import cn.scgov.bulletin.notice.internal.MailGateway;
import cn.scgov.bulletin.notice.internal.NoticePreferences;
import cn.scgov.bulletin.notice.internal.NoticeRepository;
import cn.scgov.bulletin.notice.internal.NoticeSettings;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's notices and their choice of how notices reach them. */
@Service
public class Notices {

    private final NoticeRepository notices;
    private final NoticePreferences preferences;
    private final MailGateway mail;
    private final Directory directory;
    private final TimeSource time;
    private final NoticeSettings settings;

    Notices(NoticeRepository notices, NoticePreferences preferences, MailGateway mail, Directory directory,
            TimeSource time, NoticeSettings settings) {
        this.settings = settings;
        this.notices = notices;
        this.preferences = preferences;
        this.mail = mail;
        this.directory = directory;
        this.time = time;
    }

    /**
     * How notices reach the user: their choice ({@code mode}, with the {@code version} to send back),
     * their e-mail address as the system administrator keeps it, and whether the server sends e-mail
     * at all. Without an address or a mail server every notice stays in the application.
     */
    public record Delivery(String mode, int version, String email, boolean mailServer, List<Choice> choices) {

        public boolean mailReaches() {
            return email != null && mailServer;
        }
    }

    public record Choice(String mode, String label) {
    }

    /** How often an open page refreshes the header's unread count. */
    public long badgeRefreshSeconds() {
        return Math.max(1, settings.badgeRefresh().toSeconds());
    }

    public PageResult<Notice> list(CurrentUser user, boolean unreadOnly, PageRequest page) {
        return notices.page(user.username(), unreadOnly, page);
    }

    public long unread(CurrentUser user) {
        return notices.unread(user.username());
    }

    public void markRead(CurrentUser user, long id) {
        if (notices.find(id, user.username()).isEmpty()) {
            throw new NotFoundException("通知不存在：" + id);
        }
        notices.markRead(id, user.username(), time.now());
    }

    /** Opens one of the user's notices: marks it read and returns it (for its link). */
    public Notice open(CurrentUser user, long id) {
        Notice notice = notices.find(id, user.username()).orElseThrow(() -> new NotFoundException("通知不存在：" + id));
        notices.markRead(id, user.username(), time.now());
        return notice;
    }

    public void markAllRead(CurrentUser user) {
        notices.markAllRead(user.username(), time.now());
    }

    public Delivery delivery(CurrentUser user) {
        NoticePreferences.Preference preference = preferences.of(user.username());
        String email = directory.user(user.username()).map(UserAccount::email).orElse(null);
        return new Delivery(preference.mode().name(), preference.version(), email, mail.enabled(),
                java.util.Arrays.stream(DeliveryMode.values()).map(m -> new Choice(m.name(), m.label())).toList());
    }

    /** Saves the user's choice: APP, EMAIL or DIGEST; {@code version} is the one they read. */
    @Transactional
    @RetryOnCollision
    public Delivery choose(CurrentUser user, String mode, Integer version) {
        DeliveryMode chosen = parse(mode);
        if (version == null) {
            throw InvalidInputException.field("version", "缺少版本号");
        }
        preferences.save(user.username(), chosen, version, time.now());
        return delivery(user);
    }

    private static DeliveryMode parse(String mode) {
        if (mode == null || mode.isBlank()) {
            throw InvalidInputException.field("mode", "请选择通知方式");
        }
        try {
            return DeliveryMode.valueOf(mode.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("mode", "未知的通知方式：" + mode + "（可选 APP、EMAIL、DIGEST）");
        }
    }
}
