package cn.scgov.bulletin.directory;

import cn.scgov.bulletin.directory.internal.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Passwords, failed logins and lockout: what the security module needs from the directory. */
@Service
public class Credentials {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordRules rules;
    private final TimeSource time;
    private final ApplicationEventPublisher events;
    private final int maxFailedLogins;
    private final Duration lockoutDuration;

    Credentials(UserRepository users, PasswordEncoder encoder, PasswordRules rules, TimeSource time,
            ApplicationEventPublisher events, AccountSettings settings) {
        this.users = users;
        this.encoder = encoder;
        this.rules = rules;
        this.time = time;
        this.events = events;
        this.maxFailedLogins = settings.maxFailedLogins();
        this.lockoutDuration = settings.lockoutDuration();
    }

    /** Where a password stands: when it expires, and whether the owner must change it before anything else. */
    public record PasswordStatus(Instant expiresAt, boolean expired, boolean mustChange, boolean warn) {
    }

    /** The hash a login is checked against (a used or expired one-time password never matches). */
    public Optional<String> passwordHash(String username) {
        return users.loginHash(username, time.now());
    }

    public Duration lockoutDuration() {
        return lockoutDuration;
    }

    public PasswordStatus status(UserAccount account) {
        Instant now = time.now();
        Instant expiresAt = !rules.expires() || account.passwordChangedAt() == null || account.mustChangePassword()
                ? null : account.passwordChangedAt().plus(rules.maxAge());
        boolean expired = expiresAt != null && !expiresAt.isAfter(now);
        boolean warn = expiresAt != null && !expired && expiresAt.minus(rules.warnBefore()).isBefore(now);
        return new PasswordStatus(expiresAt, expired, account.mustChangePassword() || expired, warn);
    }

    public String rulesDescription() {
        return rules.description();
    }

    @Transactional
    @RetryOnCollision
    public void recordFailedLogin(String username) {
        if (users.find(username).isEmpty()) {
            events.publishEvent(ProcessLogged.of(DirectoryAction.LOGIN_FAILED, null, "未知用户名：" + shortened(username)));
            return;
        }
        Instant now = time.now();
        int before = users.find(username).map(UserAccount::failedLogins).orElse(0);
        int after = users.recordFailure(username, maxFailedLogins, now.plus(lockoutDuration));
        events.publishEvent(ProcessLogged.of(DirectoryAction.LOGIN_FAILED, username, "第 " + (before + 1) + " 次密码错误"));
        if (after == 0 && before + 1 >= maxFailedLogins) {
            events.publishEvent(ProcessLogged.of(DirectoryAction.ACCOUNT_LOCKED, username,
                    "连续 " + maxFailedLogins + " 次登录失败，锁定 " + lockoutDuration.toMinutes() + " 分钟"));
        }
    }

    /** The right password for an account that may not log in now (locked, disabled): logged, not counted. */
    public void recordRefusedLogin(String username, String reason) {
        events.publishEvent(ProcessLogged.of(DirectoryAction.LOGIN_FAILED, users.find(username).isPresent() ? username : null,
                "登录被拒绝（账户已锁定或停用）"));
    }

    @Transactional
    @RetryOnCollision
    public void recordSuccessfulLogin(String username) {
        recordSuccessfulLogin(username, true);
    }

    /**
     * A successful login: clears the failed-login count and uses up a one-time password. The 登录 line is written
     * when {@code writeLine} (an API client's repeated logins are not), and always for a one-time password.
     */
    @Transactional
    @RetryOnCollision
    public void recordSuccessfulLogin(String username, boolean writeLine) {
        UserAccount account = users.find(username).orElse(null);
        users.recordSuccess(username);
        boolean oneTime = account != null && account.oneTimeExpiresAt() != null;
        if (oneTime) {
            users.markOneTimePasswordUsed(username, time.now());
        }
        if (writeLine || oneTime) {
            events.publishEvent(ProcessLogged.of(DirectoryAction.LOGIN, username, oneTime ? "使用一次性密码登录，须先修改密码" : null));
        }
    }

    @Transactional
    @RetryOnCollision
    public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
        Instant now = time.now();
        String hash = users.currentHash(user.username(), now).orElseThrow(() -> new NotFoundException("用户不存在"));
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throw InvalidInputException.field("currentPassword", "当前密码不正确");
        }
        rules.check("newPassword", user.username(), newPassword);
        if (encoder.matches(newPassword, hash)) {
            throw InvalidInputException.field("newPassword", "新密码不能与当前密码相同");
        }
        for (String earlier : users.recentPasswordHashes(user.username(), rules.history())) {
            if (encoder.matches(newPassword, earlier)) {
                throw InvalidInputException.field("newPassword", "新密码不能与最近 " + rules.history() + " 次使用过的密码相同");
            }
        }
        users.updatePassword(user.username(), encoder.encode(newPassword), now);
        users.trimPasswordHistory(user.username(), Math.max(rules.history(), 1));
        events.publishEvent(ProcessLogged.of(DirectoryAction.PASSWORD_CHANGED, user.username(), null));
        events.publishEvent(new AccountSecurityChanged(user.username(), "密码已修改", true));
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 64 ? text : text.substring(0, 64) + "…";
    }
}
