package cn.scgov.bulletin.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.directory.DepartmentKind;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copying (抄送) an issue in progress to people of the centre, who then read its compiled text, draft
 * documents and sign-off chain read-only ({@link CopyReadPermission}) and find it under 抄送我的 until they
 * open it. Who may copy: an editor, or an approver whose sign-off step is open to them or who has decided a
 * step of the issue; while it is compiling or in sign-off (after distribution the distribution list is the
 * way). To whom: enabled accounts with an office role (editor, reviewer, leader) or a submitter or recipient
 * of one of the centre's own departments — not window departments, not the administrators. Copying someone
 * already copied adds nothing.
 */
@Component
public class IssueCopies {

    /** Comment type on the issue's process instance, so the copy shows on its timeline. */
    public static final String COMMENT = "cc";
    static final int MAX_PEOPLE = 50;
    static final int MAX_NOTE = 500;

    private static final Set<Role> CENTRE_STAFF = EnumSet.of(Role.SUBMITTER, Role.RECIPIENT);
    private static final Rows<IssueCopyMapper.Row> COPY_ROWS = Rows.of(IssueCopyMapper.Row.class);

    /** One person an issue was copied to, as the office sees it. */
    public record Copy(long id, long issueId, String username, String displayName, String sentBy, String sentByName,
            Instant sentAt, String note, Instant readAt) {

        public boolean read() {
            return readAt != null;
        }
    }

    /** Someone an issue may be copied to. */
    public record Person(String username, String displayName, String departmentName) {
    }

    /** Who was copied by a request, and who had been already. */
    public record Result(List<String> added, List<String> already) {
    }

    private final JdbcClient jdbc;
    private final IssueAccess access;
    private final Directory directory;
    private final TaskGate gate;
    private final HistoryService history;
    private final TaskService tasks;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    IssueCopies(JdbcClient jdbc, IssueAccess access, Directory directory, TaskGate gate, HistoryService history,
            TaskService tasks, TimeSource time, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.directory = directory;
        this.gate = gate;
        this.history = history;
        this.tasks = tasks;
        this.time = time;
        this.events = events;
    }

    /** Copies the issue to the people named; everyone new is told, the step is logged once and put on the timeline. */
    @Transactional
    @RetryOnCollision
    public Result copy(CurrentUser user, long issueId, Collection<String> usernames, String note) {
        Issue issue = access.readable(user, issueId);
        if (!sender(user, issue)) {
            throw new ForbiddenException("仅编辑或本期审签人可抄送");
        }
        Set<String> people = new LinkedHashSet<>();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            if (username != null && !username.isBlank()) {
                people.add(username.strip());
            }
        }
        if (people.isEmpty()) {
            throw InvalidInputException.field("usernames", "请选择抄送对象");
        }
        if (people.size() > MAX_PEOPLE) {
            throw InvalidInputException.field("usernames", "一次最多抄送 " + MAX_PEOPLE + " 人");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw InvalidInputException.field("note", "附言不超过 " + MAX_NOTE + " 字");
        }
        List<String> refused = people.stream().filter(u -> u.equals(user.username()) || !recipient(u)).toList();
        if (!refused.isEmpty()) {
            throw InvalidInputException.field("usernames", "不能抄送给：" + String.join("、", refused)
                    + "（只能抄送给中心的在用账户，不含本人和系统、安全管理员）");
        }
        if (!inProgress(issue)) {
            throw new ConflictException("只有汇编中或审签中的期次可以抄送；已分发的期次请通过分发名单送达");
        }
        Set<String> copied = copied(issueId);
        List<String> added = people.stream().filter(u -> !copied.contains(u)).toList();
        List<String> already = people.stream().filter(copied::contains).toList();
        if (added.isEmpty()) {
            return new Result(added, already);
        }
        Instant now = time.now();
        for (String username : added) {
            jdbc.sql("INSERT INTO issue_cc (issue_id, username, sent_by, sent_at, note) VALUES (:issue, :username,"
                    + " :by, :at, :note)").param("issue", issueId).param("username", username)
                    .param("by", user.username()).param("at", Sql.timestamp(now)).param("note", text).update();
        }
        Map<String, String> names = directory.displayNames(added);
        String detail = "抄送给 " + String.join("、", added.stream().map(u -> names.getOrDefault(u, u)).toList());
        var comment = tasks.addComment(null, issue.processInstanceId(), COMMENT,
                detail + (text == null ? "" : "：" + text));
        comment.setUserId(user.username());
        tasks.saveComment(comment);
        events.publishEvent(new IssueCopied(user.username(), issueId, added, text, detail));
        return new Result(added, already);
    }

    /** Whether the user may copy this issue now (the sign-off page shows the form). */
    public boolean canCopy(CurrentUser user, Issue issue) {
        return inProgress(issue) && sender(user, issue);
    }

    /** Everyone the issue may still be copied to by this user, by name. */
    public List<Person> candidates(CurrentUser user, long issueId) {
        Set<String> copied = copied(issueId);
        Map<String, Department> departments = directory.departmentsByCode();
        List<String> usernames = new ArrayList<>(directory.usernamesWith(Role.OFFICE, null));
        List<String> centre = departments.values().stream().filter(d -> d.kind() == DepartmentKind.CENTRE)
                .map(Department::code).toList();
        usernames.addAll(directory.usernamesWith(CENTRE_STAFF, centre));
        return usernames.stream().distinct().filter(u -> !u.equals(user.username()) && !copied.contains(u))
                .map(directory::user).flatMap(java.util.Optional::stream).filter(this::recipient)
                .map(a -> new Person(a.username(), a.displayName(), a.departmentCode() == null ? null
                        : departments.containsKey(a.departmentCode()) ? departments.get(a.departmentCode()).name() : null))
                .sorted(java.util.Comparator.comparing(Person::username)).toList();
    }

    /** Who the issue was copied to, by whom and when, and when each first opened it: part of the issue's history. */
    public List<Copy> copies(CurrentUser user, long issueId) {
        access.readable(user, issueId, IssueAccess.Part.HISTORY);
        List<IssueCopyMapper.Row> rows = jdbc.sql("SELECT * FROM issue_cc WHERE issue_id = :issue ORDER BY sent_at, id")
                .param("issue", issueId).query(COPY_ROWS).list();
        Set<String> people = new LinkedHashSet<>();
        rows.forEach(c -> {
            people.add(c.username());
            people.add(c.sentBy());
        });
        Map<String, String> names = directory.displayNames(people);
        return rows.stream().map(c -> IssueCopyMapper.INSTANCE.toCopy(c, names.getOrDefault(c.username(), c.username()),
                names.getOrDefault(c.sentBy(), c.sentBy()))).toList();
    }

    /** Marks one of the user's copies read (again: nothing changes); 404 for another person's copy. */
    @Transactional
    @RetryOnCollision
    public void markRead(CurrentUser user, long copyId) {
        Long issueId = jdbc.sql("SELECT issue_id FROM issue_cc WHERE id = :id AND username = :username")
                .param("id", copyId).param("username", user.username()).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("没有这条抄送"));
        read(user, issueId);
    }

    /** The user opened the issue: their copies of it are read from now on. */
    @Transactional
    @RetryOnCollision
    public void opened(CurrentUser user, long issueId) {
        read(user, issueId);
    }

    private void read(CurrentUser user, long issueId) {
        int changed = jdbc.sql("UPDATE issue_cc SET read_at = :at WHERE issue_id = :issue AND username = :username"
                + " AND read_at IS NULL").param("at", Sql.timestamp(time.now())).param("issue", issueId)
                .param("username", user.username()).update();
        if (changed > 0) {
            events.publishEvent(ProcessLogged.onIssue(InboxAction.COPY_READ, user.username(), issueId, "阅知抄送的期次"));
        }
    }

    private Set<String> copied(long issueId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT username FROM issue_cc WHERE issue_id = :issue")
                .param("issue", issueId).query(String.class).list());
    }

    private static boolean inProgress(Issue issue) {
        return issue.status() == IssueStatus.COMPILING || issue.status() == IssueStatus.SIGNOFF;
    }

    /** An editor; an approver whose sign-off step is open to them, or who has decided a step of this issue. */
    private boolean sender(CurrentUser user, Issue issue) {
        if (user.has(Role.EDITOR)) {
            return true;
        }
        if (!user.hasAnyOf(Role.APPROVERS) || issue.processInstanceId() == null) {
            return false;
        }
        boolean open = gate.activeTask(issue.processInstanceId(), IssueProcess.SIGNOFF_TASK, null)
                .filter(task -> gate.eligible(user, task)).isPresent();
        return open || history.createHistoricTaskInstanceQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.SIGNOFF_TASK).taskAssignee(user.username()).finished().count() > 0;
    }

    private boolean recipient(String username) {
        return directory.user(username).filter(this::recipient).isPresent();
    }

    private boolean recipient(UserAccount account) {
        if (!account.enabled() || account.roles().stream().anyMatch(Role::administrative)) {
            return false;
        }
        if (account.roles().stream().anyMatch(Role.OFFICE::contains)) {
            return true;
        }
        return account.roles().stream().anyMatch(CENTRE_STAFF::contains) && directory.department(account.departmentCode())
                .filter(d -> d.kind() == DepartmentKind.CENTRE).isPresent();
    }
}
