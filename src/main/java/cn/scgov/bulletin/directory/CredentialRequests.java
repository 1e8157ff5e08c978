package cn.scgov.bulletin.directory;

import cn.scgov.bulletin.directory.internal.CredentialRequestRepository;
import cn.scgov.bulletin.directory.internal.UserRepository;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an account gets a password from the administrators (三员分立): the first password of a new
 * account and every reset are a one-time password of two parts. The system administrator asks for it
 * and is shown the first part; the security administrator confirms it and is shown the second part;
 * each tells the owner their part. Neither administrator alone knows a password that opens the
 * account, nobody gives one to their own account, and the owner must choose their own password at the
 * first login, which is the only login the one-time password allows (within
 * {@code bulletin.security.password.one-time-validity}). The owner and every auditor are notified of
 * each step, and each step is a line of the process log.
 */
@Service
public class CredentialRequests {

    /** Length of each of the two parts of a one-time password. */
    public static final int PART_LENGTH = 8;

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Kind {
        NEW_ACCOUNT("新账户初始密码"), RESET("重置密码");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One part of a one-time password, shown once to the administrator who produced it (pages pass it on
     * as a flash attribute, kept in the session store: hence serializable).
     */
    public record IssuedPart(String username, Kind kind, int partNumber, String part, Instant expiresAt)
            implements java.io.Serializable {
    }

    /** A request waiting for the security administrator. */
    public record Pending(String username, Kind kind, String requestedBy, Instant requestedAt) {
    }

    private final CredentialRequestRepository requests;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordRules rules;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    CredentialRequests(CredentialRequestRepository requests, UserRepository users, PasswordEncoder encoder,
            PasswordRules rules, TimeSource time, ApplicationEventPublisher events) {
        this.requests = requests;
        this.users = users;
        this.encoder = encoder;
        this.rules = rules;
        this.time = time;
        this.events = events;
    }

    /** The system administrator asks for a password for an account (not their own): the first part. */
    @Transactional
    @RetryOnCollision
    public IssuedPart request(CurrentUser actor, String username, Kind kind) {
        if (!actor.has(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可申请发放或重置密码");
        }
        if (actor.username().equals(username)) {
            throw new ForbiddenException("不能为自己的账户申请重置密码，请由另一名系统管理员办理");
        }
        String part = part();
        users.find(username).orElseThrow(() -> new NotFoundException("用户不存在：" + username));
        Instant now = time.now();
        requests.insert(username, kind, encoder.encode(part), actor.username(), now);
        requests.pending(username).ifPresent(newest -> requests.closeAllBut(username, newest.id(), now));
        events.publishEvent(ProcessLogged.of(DirectoryAction.CREDENTIAL_REQUESTED, actor.username(),
                username + "：" + kind.label() + "，待安全管理员确认"));
        events.publishEvent(new CredentialIssued(username, kind, actor.username(), false));
        return new IssuedPart(username, kind, 1, part, null);
    }

    /**
     * The security administrator confirms a pending request (for an account that is not their own, asked
     * for by someone else): the one-time password takes effect, the account's sessions end, and the
     * second part is returned.
     */
    @Transactional
    @RetryOnCollision
    public IssuedPart confirm(CurrentUser actor, String username) {
        if (!actor.has(Role.SECADMIN)) {
            throw new ForbiddenException("仅安全管理员可确认发放密码");
        }
        if (actor.username().equals(username)) {
            throw new ForbiddenException("不能确认自己账户的密码，请由另一名安全管理员办理");
        }
        String part = part();
        users.find(username).orElseThrow(() -> new NotFoundException("用户不存在：" + username));
        CredentialRequestRepository.StoredRequest pending = requests.pending(username)
                .orElseThrow(() -> new ConflictException("该账户没有待确认的密码申请"));
        if (pending.requestedBy().equals(actor.username())) {
            throw new ForbiddenException("申请人不能确认自己的申请");
        }
        Instant now = time.now();
        if (!requests.close(username, "CONFIRMED", actor.username(), now)) {
            throw new ConflictException("该申请已由他人处理，请刷新");
        }
        Instant expires = now.plus(rules.oneTimeValidity());
        users.issueOneTimePassword(username, pending.firstHash(), encoder.encode(part), expires);
        events.publishEvent(ProcessLogged.of(DirectoryAction.CREDENTIAL_CONFIRMED, actor.username(),
                username + "：" + pending.kind().label() + "（申请人 " + pending.requestedBy() + "），一次性密码有效至 "
                        + expires.atZone(time.zone()).toLocalDateTime().withNano(0)));
        events.publishEvent(new CredentialIssued(username, pending.kind(), actor.username(), true));
        events.publishEvent(new AccountSecurityChanged(username, "管理员发放了一次性密码", false));
        return new IssuedPart(username, pending.kind(), 2, part, expires);
    }

    /** Either administrator withdraws a pending request. */
    @Transactional
    @RetryOnCollision
    public void cancel(CurrentUser actor, String username) {
        if (!actor.hasAny(Role.SYSADMIN, Role.SECADMIN)) {
            throw new ForbiddenException("仅系统管理员或安全管理员可撤销密码申请");
        }
        users.find(username).orElseThrow(() -> new NotFoundException("用户不存在：" + username));
        if (!requests.close(username, "CANCELLED", actor.username(), time.now())) {
            throw new ConflictException("该账户没有待确认的密码申请");
        }
        events.publishEvent(ProcessLogged.of(DirectoryAction.CREDENTIAL_CANCELLED, actor.username(), username));
    }

    public java.util.Optional<Pending> pending(CurrentUser actor, String username) {
        requireAdministrator(actor);
        return requests.pending(username).map(CredentialRequests::pending);
    }

    public List<Pending> pending(CurrentUser actor) {
        requireAdministrator(actor);
        return requests.allPending().stream().map(CredentialRequests::pending).toList();
    }

    private static Pending pending(CredentialRequestRepository.StoredRequest stored) {
        return new Pending(stored.username(), stored.kind(), stored.requestedBy(), stored.requestedAt());
    }

    private static void requireAdministrator(CurrentUser actor) {
        if (!actor.hasAny(Role.SYSADMIN, Role.SECADMIN)) {
            throw new ForbiddenException("仅系统管理员或安全管理员可查看密码申请");
        }
    }

    /** Eight characters with an upper-case letter, a lower-case letter and a digit (no look-alikes). */
    static String part() {
        String all = UPPER + LOWER + DIGITS;
        char[] chars = new char[PART_LENGTH];
        chars[0] = UPPER.charAt(RANDOM.nextInt(UPPER.length()));
        chars[1] = LOWER.charAt(RANDOM.nextInt(LOWER.length()));
        chars[2] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        for (int i = 3; i < PART_LENGTH; i++) {
            chars[i] = all.charAt(RANDOM.nextInt(all.length()));
        }
        for (int i = PART_LENGTH - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char swap = chars[i];
            chars[i] = chars[j];
            chars[j] = swap;
        }
        return new String(chars);
    }
}
