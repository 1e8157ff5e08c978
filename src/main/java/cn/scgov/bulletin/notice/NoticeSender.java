package cn.scgov.bulletin.notice;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

import cn.scgov.bulletin.contribution.ContributionEvent;
import cn.scgov.bulletin.directory.CredentialIssued;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.distribution.DistributionEvent;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueCancelled;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.IssueOpened;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.TimeSource;
import cn.scgov.bulletin.signoff.SignoffDecided;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns process events into notices for the people who have to act on them. */
@Component
class NoticeSender {

    private final NoticeRepository notices;
    private final Directory directory;
    private final Issues issues;
    private final TimeSource time;

    NoticeSender(NoticeRepository notices, Directory directory, Issues issues, TimeSource time) {
        this.notices = notices;
        this.directory = directory;
        this.issues = issues;
        this.time = time;
    }

    @EventListener
    void on(IssueOpened opened) {
        Issue issue = issues.require(opened.issueId());
        String deadline = IssueFormats.date(java.time.LocalDate.ofInstant(issue.deadline(), time.zone())) + " "
                + java.time.LocalTime.ofInstant(issue.deadline(), time.zone()).withSecond(0).withNano(0);
        send(submitters(opened.contributingDepartments()), "ISSUE_OPENED",
                "《" + issue.title() + "》" + opened.issueLine() + "开始征集稿件，请于 " + deadline + " 前报送",
                "/inbox", issue.id());
    }

    @EventListener
    void on(ContributionEvent event) {
        java.util.function.Supplier<String> title = () -> titleOf(event.issueId());
        String link = "/contributions/" + event.contributionId();
        switch (event.action()) {
            case REMINDER_SENT -> send(submitters(List.of(event.departmentCode())), "REMINDER",
                    title.get() + "即将截止报送，请尽快提交本部门稿件", link, event.issueId());
            case URGED -> send(submitters(List.of(event.departmentCode())), "URGED",
                    title.get() + "催办：" + event.opinion(), link, event.issueId());
            case CONTRIBUTION_RETURNED -> send(submitters(List.of(event.departmentCode())), "RETURNED",
                    title.get() + "稿件被退回：" + event.opinion(), link, event.issueId());
            case CONTRIBUTION_OVERDUE -> {
                send(submitters(List.of(event.departmentCode())), "OVERDUE", title.get() + "已过报送截止时间，本部门稿件尚未报送",
                        link, event.issueId());
                send(editors(), "OVERDUE", title.get() + "：" + departmentName(event.departmentCode()) + "逾期未报",
                        "/issues/" + event.issueId(), event.issueId());
            }
            default -> {
            }
        }
    }

    @EventListener
    void on(SignoffDecided decided) {
        if (decided.action() == AuditAction.SIGNOFF_RETURNED) {
            send(editors(), "SIGNOFF_RETURNED", titleOf(decided.issueId()) + "审签退回：" + decided.opinion(),
                    "/issues/" + decided.issueId() + "/compile", decided.issueId());
        }
    }

    @EventListener
    void on(IssueCancelled cancelled) {
        send(submitters(issues.contributingDepartments(cancelled.issueId())), "CANCELLED",
                titleOf(cancelled.issueId()) + "已作废：" + cancelled.reason(), "/inbox", cancelled.issueId());
    }

    @EventListener
    void on(DistributionEvent event) {
        if (event.action() == AuditAction.ISSUE_DISTRIBUTED) {
            send(event.recipients(), "DELIVERED", titleOf(event.issueId()) + "已印发，请阅知并签收", "/deliveries",
                    event.issueId());
        }
    }

    /**
     * 三员分立: every auditor hears of each step of a password being issued by the administrators, and the
     * owner of each step of a reset, so a reset nobody asked for is noticed.
     */
    @EventListener
    void on(CredentialIssued issued) {
        String step = issued.confirmed()
                ? "安全管理员 " + issued.actor() + " 已确认为账户 " + issued.username() + " 发放一次性密码（" + issued.kind().label() + "），原密码已失效"
                : "系统管理员 " + issued.actor() + " 申请为账户 " + issued.username() + " 发放一次性密码（" + issued.kind().label() + "），待安全管理员确认";
        if (issued.kind() == CredentialRequests.Kind.RESET) {
            // A new account's owner cannot log in yet and learns the password in person; a reset may be a surprise.
            send(List.of(issued.username()), "CREDENTIAL", step + "。如非本人申请，请立即联系安全审计员。", "/password", null);
        }
        send(directory.usernamesWith(EnumSet.of(Role.AUDITOR), null), "CREDENTIAL", step + "。", "/audit?actor="
                + issued.actor(), null);
    }

    private void send(Collection<String> recipients, String kind, String message, String link, Long issueId) {
        notices.insert(recipients, kind, message, link, issueId, time.now());
    }

    private List<String> submitters(Collection<String> departments) {
        return directory.usernamesWith(EnumSet.of(Role.SUBMITTER), departments);
    }

    private List<String> editors() {
        return directory.usernamesWith(EnumSet.of(Role.EDITOR), null);
    }

    private String departmentName(String code) {
        return directory.department(code).map(d -> d.name()).orElse(code);
    }

    private String titleOf(Long issueId) {
        if (issueId == null) {
            return "";
        }
        Issue issue = issues.require(issueId);
        return "《" + issue.title() + "》" + issues.issueLine(issue).text();
    }
}
