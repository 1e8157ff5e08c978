package cn.scgov.bulletin.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.TimeSource;
import cn.scgov.bulletin.shared.Transactions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Passwords, failed logins and lockout: what the security module needs from the directory. */
@Service
public class Credentials {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final Transactions transactions;
    private final TimeSource time;
    private final ApplicationEventPublisher events;
    private final int maxFailedLogins;
    private final Duration lockoutDuration;

    Credentials(UserRepository users, PasswordEncoder encoder, Transactions transactions, TimeSource time,
            ApplicationEventPublisher events,
            @Value("${bulletin.security.max-failed-logins:5}") int maxFailedLogins,
            @Value("${bulletin.security.lockout-duration:15m}") Duration lockoutDuration) {
        this.users = users;
        this.encoder = encoder;
        this.transactions = transactions;
        this.time = time;
        this.events = events;
        this.maxFailedLogins = maxFailedLogins;
        this.lockoutDuration = lockoutDuration;
    }

    public Optional<String> passwordHash(String username) {
        return users.passwordHash(username);
    }

    public Duration lockoutDuration() {
        return lockoutDuration;
    }

    public void recordFailedLogin(String username) {
        transactions.run(() -> {
            if (users.find(username).isEmpty()) {
                events.publishEvent(ProcessLogged.of(AuditAction.LOGIN_FAILED, null, "未知用户名：" + username));
                return;
            }
            Instant now = time.now();
            int before = users.find(username).map(UserAccount::failedLogins).orElse(0);
            int after = users.recordFailure(username, maxFailedLogins, now.plus(lockoutDuration));
            events.publishEvent(ProcessLogged.of(AuditAction.LOGIN_FAILED, username, "第 " + (before + 1) + " 次密码错误"));
            if (after == 0 && before + 1 >= maxFailedLogins) {
                events.publishEvent(ProcessLogged.of(AuditAction.ACCOUNT_LOCKED, username,
                        "连续 " + maxFailedLogins + " 次登录失败，锁定 " + lockoutDuration.toMinutes() + " 分钟"));
            }
        });
    }

    public void recordSuccessfulLogin(String username) {
        transactions.run(() -> {
            users.recordSuccess(username);
            events.publishEvent(ProcessLogged.of(AuditAction.LOGIN, username, null));
        });
    }

    public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
        transactions.run(() -> {
            String hash = users.passwordHash(user.username()).orElseThrow(() -> new NotFoundException("用户不存在"));
            if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
                throw InvalidInputException.field("currentPassword", "当前密码不正确");
            }
            PasswordPolicy.check("newPassword", newPassword);
            if (encoder.matches(newPassword, hash)) {
                throw InvalidInputException.field("newPassword", "新密码不能与当前密码相同");
            }
            users.updatePassword(user.username(), encoder.encode(newPassword), false);
            events.publishEvent(ProcessLogged.of(AuditAction.PASSWORD_CHANGED, user.username(), null));
        });
    }
}
