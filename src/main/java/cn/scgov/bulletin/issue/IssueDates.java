package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.issue.internal.IssueRepository;
import java.time.LocalDate;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issue date (成文日期) printed in the masthead. By default it is the day of the last sign-off.
 * The editor may set another while compiling (before sending to sign-off), and the last signer may
 * set one when signing off; each choice is written to the process log and the date is part of the
 * frozen documents. Limits: never before the period's last day (the issue reports on it), and at
 * sign-off never after the sign-off day (a document is not dated in the future); while compiling at
 * most {@value #MAX_DAYS_AHEAD} days ahead of today, for a date planned for the sign-off.
 */
@Service
public class IssueDates {

    static final int MAX_DAYS_AHEAD = 30;

    private final IssueRepository issues;
    private final Issues reads;
    private final IssueAccess access;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    IssueDates(IssueRepository issues, Issues reads, IssueAccess access, TimeSource time,
            ApplicationEventPublisher events) {
        this.issues = issues;
        this.reads = reads;
        this.access = access;
        this.time = time;
        this.events = events;
    }

    /** The editor sets the issue date while compiling; null returns to the default, the sign-off day. */
    @Transactional
    @RetryOnCollision
    public Issue setByEditor(CurrentUser actor, long issueId, LocalDate date, int version) {
        Issue issue = access.editable(actor, issueId);
        if (issue.status() != IssueStatus.COLLECTING && issue.status() != IssueStatus.COMPILING) {
            throw new ConflictException(issue.status().beforeSignoff()
                    ? "期次已送审签：成文日期由最后一位签发人在签发时确定" : "期次" + issue.status().label() + "，成文日期不能再改");
        }
        if (date != null) {
            check(issue, date, time.today().plusDays(MAX_DAYS_AHEAD), "不能晚于今天之后 " + MAX_DAYS_AHEAD + " 天");
        }
        if (!issues.setIssueDate(issueId, date, version)) {
            throw new ConflictException("期次已被他人修改，请刷新后重试");
        }
        events.publishEvent(ProcessLogged.onIssue(IssueAction.ISSUE_DATE_SET, actor.username(), issueId,
                date == null ? "成文日期：签发当日" : "成文日期：" + IssueFormats.date(date)));
        return reads.require(issueId);
    }

    /**
     * Fixes the date at the last sign-off, in the signer's transaction: the one the signer gives, else
     * the one the editor set, else today. A date after today is refused (the editor's one too: the
     * signer then gives one).
     */
    public LocalDate fixAtSignoff(CurrentUser signer, long issueId, LocalDate requested) {
        Issue issue = reads.require(issueId);
        LocalDate date = dateAtSignoff(issueId, requested);
        issues.fixIssueDate(issueId, date);
        events.publishEvent(ProcessLogged.onIssue(IssueAction.ISSUE_DATE_SET, signer.username(), issueId,
                "成文日期：" + IssueFormats.date(date) + (requested != null ? "（签发人确定）"
                        : issue.issueDate() != null ? "（编辑拟定）" : "（签发当日）")));
        return date;
    }

    /**
     * The date a last sign-off now would fix, refused as {@link #fixAtSignoff} would refuse it; writes nothing
     * (the sign-off page checks it before asking the signer to confirm).
     */
    public LocalDate dateAtSignoff(long issueId, LocalDate requested) {
        Issue issue = reads.require(issueId);
        LocalDate today = time.today();
        if (requested != null) {
            check(issue, requested, today, "不能晚于签发当日（" + IssueFormats.date(today) + "）");
            return requested;
        }
        if (issue.issueDate() != null) {
            if (issue.issueDate().isAfter(today)) {
                throw new ConflictException("编辑拟定的成文日期 " + IssueFormats.date(issue.issueDate())
                        + " 晚于签发当日，请在签发时确定成文日期");
            }
            return issue.issueDate();
        }
        return today;
    }

    private static void check(Issue issue, LocalDate date, LocalDate latest, String tooLate) {
        if (date.isBefore(issue.periodEnd())) {
            throw InvalidInputException.field("issueDate", "成文日期不能早于统计时段的最后一天（"
                    + IssueFormats.date(issue.periodEnd()) + "）");
        }
        if (date.isAfter(latest)) {
            throw InvalidInputException.field("issueDate", "成文日期" + tooLate);
        }
    }
}
