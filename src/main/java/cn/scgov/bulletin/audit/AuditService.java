package cn.scgov.bulletin.audit;

import cn.scgov.bulletin.audit.internal.ProcessLogRepository;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The auditor's process log, and each issue's timeline and diagram for everyone entitled to the issue. */
@Service
public class AuditService {

    static final int EXPORT_LIMIT = 100_000;

    private final ProcessLogRepository log;
    private final Timeline timeline;
    private final ProcessDiagram diagram;
    private final IssueAccess access;
    private final TimeSource time;
    private final ApplicationEventPublisher events;
    private final ProcessLogActions actions;

    AuditService(ProcessLogRepository log, Timeline timeline, ProcessDiagram diagram, IssueAccess access, TimeSource time,
            ApplicationEventPublisher events, ProcessLogActions actions) {
        this.log = log;
        this.timeline = timeline;
        this.diagram = diagram;
        this.access = access;
        this.time = time;
        this.events = events;
        this.actions = actions;
    }

    /** The search form read as a filter in the application's zone, or the reasons it cannot be. */
    public AuditSearch.Reading read(AuditSearch search) {
        return search.read(time.zone(), actions);
    }

    /** Every action the log may hold, grouped as the search form offers them. */
    public List<AuditActionGroups.Group> actionGroups() {
        return AuditActionGroups.groups(actions);
    }

    public ProcessLogPage search(CurrentUser user, ProcessLogFilter filter, PageRequest page) {
         requireAuditor(user);
        return log.search(filter, page);
    }

    /** Writes the matching log as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese). */
    public void export(CurrentUser user, ProcessLogFilter filter, Writer out) throws IOException {
         requireAuditor(user);
        events.publishEvent(ProcessLogged.of(AuditLogAction.AUDIT_EXPORTED, user.username(), String.valueOf(filter)));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(time.zone());
        out.write('\uFEFF');
        out.write("时间,用户,姓名,用户部门,来源地址,操作,结果,期次,涉及部门,任务,决定,意见,说明\r\n");
        IOException[] failure = new IOException[1];
        log.forEach(filter, EXPORT_LIMIT, entry -> {
            try {
                out.write(String.join(",", csv(format.format(entry.occurredAt())), csv(entry.actor()),
                        csv(entry.actorName()), csv(entry.actorDepartment()), csv(entry.sourceAddress()),
                        csv(entry.actionLabel()), csv(outcomeLabel(entry.outcome())),
                        csv(entry.issueId() == null ? null : String.valueOf(entry.issueId())), csv(entry.departmentCode()),
                        csv(entry.taskId()), csv(entry.decision()), csv(entry.opinion()), csv(entry.detail())));
                out.write("\r\n");
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    public List<TimelineEntry> timeline(CurrentUser user, long issueId) {
        return timeline.of(readableForHistory(user, issueId));
    }

    public List<ProcessLogEntry> issueLog(CurrentUser user, long issueId) {
        readableForHistory(user, issueId);
        return log.ofIssue(issueId);
    }

    public ProcessDiagram.Diagram diagram(CurrentUser user, long issueId) {
        return diagram.diagram(readableForHistory(user, issueId));
    }

    public byte[] diagramPng(CurrentUser user, long issueId) {
        return diagram.png(readableForHistory(user, issueId));
    }

    public ZoneId zone() {
        return time.zone();
    }

    /** The office, approvers and auditors read an issue's history; submitters and recipients do not. */
    private Issue readableForHistory(CurrentUser user, long issueId) {
        return access.readable(user, issueId, IssueAccess.Part.HISTORY);
    }

    public static void requireAuditor(CurrentUser user) {
        if (!user.has(Role.AUDITOR)) {
            throw new ForbiddenException("仅安全审计员可查阅流程日志");
        }
    }

    static String outcomeLabel(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "FAILURE" -> "失败";
            case "REFUSED" -> "拒绝";
            default -> "成功";
        };
    }

    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
