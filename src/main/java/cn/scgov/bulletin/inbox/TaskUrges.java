package cn.scgov.bulletin.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Urging (催办) the people of open tasks: who is urged is the task's holder, or everyone it is offered
 * to while nobody holds it; each person urged is kept with the time ({@code task_urge}) so the
 * issue's status pages show who was urged when, the step is logged once and each person is told.
 */
@Component
public class TaskUrges {

    /** The latest urge of one person on an issue. */
    public record Urge(String username, Instant at, String by, int count) {
    }

    /** One stored urge, bound by name (no aliases: {@code by} is an SQL keyword); {@link #urged} counts them per person. */
    private record UrgeRow(String username, String urgedBy, Instant urgedAt) {
    }

    private static final Rows<UrgeRow> URGE_ROWS = Rows.of(UrgeRow.class);

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final Directory directory;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    TaskUrges(JdbcClient jdbc, TaskService tasks, Directory directory, TimeSource time, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.directory = directory;
        this.time = time;
        this.events = events;
    }

    /** Urges the people of each task, in the caller's transaction; answers who was urged. */
    public List<String> urge(String actor, long issueId, String kind, List<Task> open, String message, String link,
            AuditAction action) {
        Instant now = time.now();
        List<String> everyone = new ArrayList<>();
        for (Task task : open) {
            List<String> people = peopleOf(task);
            for (String username : people) {
                jdbc.sql("INSERT INTO task_urge (issue_id, task_id, kind, username, urged_by, urged_at, message)"
                        + " VALUES (:issue, :task, :kind, :username, :by, :at, :message)").param("issue", issueId)
                        .param("task", task.getId()).param("kind", kind).param("username", username).param("by", actor)
                        .param("at", Sql.timestamp(now)).param("message", message).update();
            }
            everyone.addAll(people);
        }
        if (!everyone.isEmpty()) {
            Map<String, String> names = directory.displayNames(everyone);
            String detail = open.get(0).getName() + "：" + String.join("、", everyone.stream()
                    .map(u -> names.getOrDefault(u, u)).toList());
            events.publishEvent(new TaskUrged(action, actor, issueId, open.size() == 1 ? open.get(0).getId() : null,
                    open.get(0).getName(), List.copyOf(everyone), message, link, detail));
        }
        return everyone;
    }

    /** The latest urge of each person of one kind on an issue, with how many times they were urged. */
    public Map<String, Urge> urged(long issueId, String kind) {
        Map<String, Urge> result = new HashMap<>();
        jdbc.sql("SELECT username, urged_by, urged_at FROM task_urge WHERE issue_id = :issue AND kind = :kind ORDER BY id")
                .param("issue", issueId).param("kind", kind).query(URGE_ROWS).list()
                .forEach(row -> result.merge(row.username(), new Urge(row.username(), row.urgedAt(), row.urgedBy(), 1),
                        (old, latest) -> new Urge(latest.username(), latest.at(), latest.by(), old.count() + 1)));
        return result;
    }

    private List<String> peopleOf(Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        Set<String> people = new LinkedHashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                people.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                for (Role role : Role.values()) {
                    if (!role.administrative() && role.group().equals(link.getGroupId())) {
                        people.addAll(directory.usernamesWith(List.of(role), null));
                    }
                }
            }
        }
        return List.copyOf(people);
    }
}
