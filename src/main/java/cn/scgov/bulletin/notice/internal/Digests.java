package cn.scgov.bulletin.notice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.notice.Notice;
import cn.scgov.bulletin.shared.RetryingTransactionTemplate;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.TimeSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Notices gathered into one: the daily e-mail digest of users who chose it, and the editors' digest
 * of an issue's overdue departments. Both are safe to run on every node at once: a unique key (one
 * digest per user and day) or a conditional update (departments not yet digested) lets exactly one
 * node make each.
 */
@Component
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final JdbcClient jdbc;
    private final NoticeWriter writer;
    private final NoticeTemplates templates;
    private final NoticeSettings settings;
    private final Directory directory;
    private final IssueTitles titles;
    private final RetryingTransactionTemplate transactions;
    private final TimeSource time;

    Digests(JdbcClient jdbc, NoticeWriter writer, NoticeTemplates templates, NoticeSettings settings, Directory directory,
            IssueTitles titles, RetryingTransactionTemplate transactions, TimeSource time) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.templates = templates;
        this.settings = settings;
        this.directory = directory;
        this.titles = titles;
        this.transactions = transactions;
        this.time = time;
    }

    /** Records a department found overdue; the editors hear of it in the issue's digest. */
    void overdue(long issueId, String departmentCode) {
        jdbc.sql("INSERT INTO notice_overdue (issue_id, department_code, flagged_at)"
                + " SELECT :issue, :department, :now FROM (SELECT 1 AS one) x WHERE NOT EXISTS"
                + " (SELECT 1 FROM notice_overdue WHERE issue_id = :issue AND department_code = :department)")
                .param("issue", issueId).param("department", departmentCode).param("now", Sql.timestamp(time.now()))
                .update();
    }

    /**
     * For each issue whose overdue departments have stopped coming in (none flagged for
     * {@code overdueDigestDelay}), one notice to every editor listing them.
     */
    public int overdueDigests() {
        Instant settled = time.now().minus(settings.overdueDigestDelay());
        List<Long> issues = jdbc.sql("SELECT issue_id FROM notice_overdue WHERE digested_at IS NULL GROUP BY issue_id"
                + " HAVING MAX(flagged_at) <= :settled").param("settled", Sql.timestamp(settled)).query(Long.class).list();
        int made = 0;
        for (long issueId : issues) {
            try {
                if (transactions.write(() -> overdueDigest(issueId))) {
                    made++;
                }
            } catch (DigestTaken e) {
                log.debug("Overdue digest of issue {} made by another node", issueId);
            }
        }
        return made;
    }

    private boolean overdueDigest(long issueId) {
        List<String> departments = jdbc.sql("SELECT department_code FROM notice_overdue WHERE issue_id = :issue"
                + " AND digested_at IS NULL").param("issue", issueId).query(String.class).list();
        if (departments.isEmpty()) {
            return false;
        }
        int taken = jdbc.sql("UPDATE notice_overdue SET digested_at = :now WHERE issue_id = :issue"
                + " AND digested_at IS NULL AND department_code IN (:departments)").param("issue", issueId)
                .param("departments", departments).param("now", Sql.timestamp(time.now())).update();
        if (taken != departments.size()) {
            // Another node digested (some of) them meanwhile: leave it to that node.
            throw new DigestTaken();
        }
        Map<String, String> names = directory.departmentNames();
        List<String> listed = directory.activeDepartments().stream().map(d -> d.code()).filter(departments::contains)
                .toList();
        List<String> ordered = new java.util.ArrayList<>(listed);
        departments.stream().filter(d -> !ordered.contains(d)).sorted().forEach(ordered::add);
        String list = String.join("、", ordered.stream().map(code -> names.getOrDefault(code, code)).toList());
        IssueTitles.Title title = titles.of(issueId);
        writer.tell(directory.usernamesWith(EnumSet.of(Role.EDITOR), null), new NoticeWriter.Message(
                NoticeKind.OVERDUE_DIGEST, Map.of("issue", title.text(), "deadline", title.deadline(),
                        "count", String.valueOf(ordered.size()), "departments", list),
                "/issues/" + issueId, issueId, null));
        return true;
    }

    /**
     * Once the day's digest time has passed: for each user with notices waiting for a digest, one
     * e-mail listing them (those whose task is already done are left out).
     */
    public int dailyDigests() {
        ZonedDateTime cutoff = time.today().atTime(settings.digestTime()).atZone(time.zone());
        if (time.now().isBefore(cutoff.toInstant())) {
            return 0;
        }
        LocalDate day = time.today();
        List<String> users = jdbc.sql("SELECT DISTINCT recipient FROM notice WHERE mail_state = 'DIGEST'"
                + " AND created_at < :cutoff").param("cutoff", Sql.timestamp(cutoff.toInstant())).query(String.class).list();
        int made = 0;
        for (String username : users) {
            try {
                if (transactions.write(() -> dailyDigest(username, day, cutoff.toInstant()))) {
                    made++;
                }
            } catch (DuplicateKeyException e) {
                log.debug("Digest of {} for {} already made by another node", username, day);
            }
        }
        return made;
    }

    private boolean dailyDigest(String username, LocalDate day, Instant cutoff) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notice_digest (username, digest_date, created_at) VALUES (:username, :day, :now)")
                .param("username", username).param("day", Sql.date(day)).param("now", Sql.timestamp(time.now()))
                .update(keys, "id");
        long digestId = keys.getKey().longValue();
        jdbc.sql("UPDATE notice SET mail_state = 'DIGESTED', digest_id = :digest WHERE recipient = :username"
                + " AND mail_state = 'DIGEST' AND created_at < :cutoff").param("digest", digestId)
                .param("username", username).param("cutoff", Sql.timestamp(cutoff)).update();
        List<Notice> included = jdbc.sql("SELECT * FROM notice WHERE digest_id = :digest AND done_at IS NULL"
                + " ORDER BY created_at, id").param("digest", digestId).query(NoticeRepository.MAPPER).list();
        UserAccount account = directory.user(username).filter(UserAccount::enabled).orElse(null);
        if (included.isEmpty() || account == null || account.email() == null) {
            return false;
        }
        StringBuilder list = new StringBuilder();
        for (Notice notice : included) {
            list.append("· ").append(notice.message());
            if (notice.link() != null) {
                list.append("\n  ").append(settings.url(notice.link()));
            }
            list.append("\n");
        }
        NoticeTemplates.Rendered rendered = templates.render(NoticeKind.DIGEST, Map.of("name", account.displayName(),
                "link", settings.url("/notices"), "count", String.valueOf(included.size()),
                "date", cn.scgov.bulletin.issue.IssueFormats.date(day), "notices", list.toString().stripTrailing()));
        writer.queueMail(digestId, username, account.email(), NoticeKind.DIGEST, rendered);
        return true;
    }

    /** Raised inside a digest's transaction when another node got there first; rolls it back. */
    static final class DigestTaken extends RuntimeException {
        DigestTaken() {
            super("digest taken by another node", null, false, false);
        }
    }
}
