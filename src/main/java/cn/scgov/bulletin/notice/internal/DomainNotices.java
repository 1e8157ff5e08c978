package cn.scgov.bulletin.notice.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.contribution.ContributionEvent;
import cn.scgov.bulletin.directory.CredentialIssued;
import cn.scgov.bulletin.discussion.CommentPosted;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueCancelled;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.signoff.SignoffAction;
import cn.scgov.bulletin.signoff.SignoffDecided;

import org.flowable.task.api.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notices for what happened to work someone already has: reminders, urges, returns, overdue
 * drafts, returned sign-offs, cancelled issues. Each is tied to the task it concerns, so it is
 * marked done with it. New work reaching a person is told by {@link TaskNotices}.
 */
@Component
class DomainNotices {

    private final NoticeWriter writer;
    private final Directory directory;
    private final Issues issues;
    private final IssueTitles titles;
    private final TaskGate gate;
    private final Digests digests;

    DomainNotices(NoticeWriter writer, Directory directory, Issues issues, IssueTitles titles, TaskGate gate,
            Digests digests) {
        this.writer = writer;
        this.directory = directory;
        this.issues = issues;
        this.titles = titles;
        this.gate = gate;
        this.digests = digests;
    }

    @EventListener
    void on(ContributionEvent event) {
        NoticeKind kind = switch (event.action()) {
            case REMINDER_SENT -> NoticeKind.REMINDER;
            case URGED -> NoticeKind.URGED;
            case CONTRIBUTION_RETURNED, CONTRIBUTION_REOPENED -> NoticeKind.RETURNED;
            case CONTRIBUTION_OVERDUE -> NoticeKind.OVERDUE;
            default -> null;
        };
        if (kind == null || event.issueId() == null) {
            return;
        }
        IssueTitles.Title title = titles.of(event.issueId());
        Map<String, String> values = new HashMap<>();
        values.put("issue", title.text());
        values.put("deadline", title.deadline());
        values.put("department", departmentName(event.departmentCode()));
        values.put("actor", displayName(event.actor()));
        values.put("reason", event.opinion() == null ? "" : event.opinion());
        String draftTask = activeTask(event.issueId(), IssueProcess.DRAFT_TASK, event.departmentCode());
        if (draftTask == null) {
            draftTask = activeTask(event.issueId(), IssueProcess.REVISE_TASK, event.departmentCode());
        }
        writer.tell(submitters(List.of(event.departmentCode())), new NoticeWriter.Message(kind, values,
                "/contributions/" + event.contributionId(), event.issueId(), draftTask));
        if (kind == NoticeKind.OVERDUE) {
            digests.overdue(event.issueId(), event.departmentCode());
        }
    }

    @EventListener
    void on(SignoffDecided decided) {
        if (decided.action() != SignoffAction.SIGNOFF_RETURNED) {
            return;
        }
        String compileTask = activeTask(decided.issueId(), IssueProcess.COMPILE_TASK, null);
        writer.tell(directory.usernamesWith(EnumSet.of(Role.EDITOR), null), new NoticeWriter.Message(
                NoticeKind.SIGNOFF_RETURNED, Map.of("issue", titles.of(decided.issueId()).text(),
                        "actor", displayName(decided.actor()), "reason", decided.opinion() == null ? "" : decided.opinion()),
                "/issues/" + decided.issueId() + "/compile", decided.issueId(), compileTask));
    }

    /** Each person urged on a task (an overdue approver, a recipient who has not acknowledged) is told. */
    @EventListener
    void on(cn.scgov.bulletin.inbox.TaskUrged urged) {
        writer.tell(urged.usernames(), new NoticeWriter.Message(NoticeKind.TASK_URGED, Map.of("issue",
                titles.of(urged.issueId()).text(), "task", urged.taskName(), "actor", displayName(urged.actor()),
                "reason", urged.message() == null ? "" : urged.message()), urged.link(), urged.issueId(), urged.taskId()));
    }

    /** Each person a discussion comment names with @ is told, with the comment. */
    @EventListener
    void on(CommentPosted posted) {
        writer.tell(posted.mentioned(), new NoticeWriter.Message(NoticeKind.MENTIONED, Map.of("issue",
                titles.of(posted.issueId()).text(), "actor", displayName(posted.actor()), "thread", posted.thread(),
                "text", posted.text()), posted.link(), posted.issueId(), null));
    }

    /** Each person an issue is copied to (抄送) is told, with the sender's note; the notice stays until read. */
    @EventListener
    void on(cn.scgov.bulletin.inbox.IssueCopied copied) {
        writer.tell(copied.usernames(), new NoticeWriter.Message(NoticeKind.COPIED, Map.of("issue",
                titles.of(copied.issueId()).text(), "actor", displayName(copied.actor()),
                "reason", copied.note() == null ? "" : "附言：" + copied.note()), "/issues/" + copied.issueId() + "/signoff",
                copied.issueId(), null));
    }

    @EventListener
    void on(IssueCancelled cancelled) {
        writer.tell(submitters(issues.contributingDepartments(cancelled.issueId())), new NoticeWriter.Message(
                NoticeKind.CANCELLED, Map.of("issue", titles.of(cancelled.issueId()).text(),
                        "reason", cancelled.reason() == null ? "" : cancelled.reason()),
                "/inbox", cancelled.issueId(), null));
    }

    /**
     * 三员分立: every auditor hears of each step of a password being issued by the administrators, and the
     * owner of each step of a reset, so a reset nobody asked for is noticed. A new account's owner cannot
     * log in yet and learns the password in person.
     */
    @EventListener
    void on(CredentialIssued issued) {
        NoticeKind kind = issued.confirmed() ? NoticeKind.CREDENTIAL_CONFIRMED : NoticeKind.CREDENTIAL_REQUESTED;
        Map<String, String> values = Map.of("actor", displayName(issued.actor()), "account", issued.username(),
                "kind", issued.kind().label());
        if (issued.kind() == CredentialRequests.Kind.RESET) {
            writer.tell(List.of(issued.username()), new NoticeWriter.Message(kind, values, "/password", null, null));
        }
        writer.tell(directory.usernamesWith(EnumSet.of(Role.AUDITOR), null),
                new NoticeWriter.Message(kind, values, "/audit?actor=" + issued.actor(), null, null));
    }

    private String activeTask(long issueId, String key, String category) {
        Issue issue = issues.require(issueId);
        if (issue.processInstanceId() == null) {
            return null;
        }
        return gate.activeTask(issue.processInstanceId(), key, category).map(Task::getId).orElse(null);
    }

    private List<String> submitters(Collection<String> departments) {
        return directory.usernamesWith(EnumSet.of(Role.SUBMITTER), departments);
    }

    private String departmentName(String code) {
        return directory.department(code).map(d -> d.name()).orElse(code == null ? "" : code);
    }

    private String displayName(String username) {
        return directory.user(username).map(UserAccount::displayName).orElse(username == null ? "" : username);
    }
}
