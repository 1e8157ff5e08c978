package cn.scgov.bulletin.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.task.Comment;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** Reads an issue's steps from Flowable's history, in the order they happened. */
@Component
class Timeline {

    private static final Set<String> AUTOMATIC_STEPS = Set.of("sendReminder", "flagOverdue", "markNotSubmitted",
            "freezeIssue", "distributeIssue", "markCancelled");

    /** Task-local variable of a sign-off step that returned the issue to an earlier step (signoff.SignoffService). */
    private static final String RETURNED_TO = "returnedTo";
    /** Comment type of an editor's reason for returning an accepted contribution while compiling (contribution.ContributionReopening). */
    private static final String REOPENING_COMMENT = "reopening";
    /** Comment type on a sign-off step ended by a withdrawal: who withdrew what (signoff.SignoffWithdrawals). */
    private static final String WITHDRAWAL_COMMENT = "withdrawal";
    /** Comment type of a delegate's opinion when handing a task back (inbox.TaskOperations). */
    private static final String DELEGATE_OPINION_COMMENT = "delegateOpinion";
    /** Comment type of an administrator's reassignment (inbox.TaskReassignment). */
    private static final String REASSIGNMENT_COMMENT = "reassignment";
    /** Comment type on the process of an issue copied to people (inbox.IssueCopies): who copied it to whom. */
    private static final String COPY_COMMENT = "cc";

    private final HistoryService history;
    private final TaskService tasks;
    private final Directory directory;

    Timeline(HistoryService history, TaskService tasks, Directory directory) {
        this.history = history;
        this.tasks = tasks;
        this.directory = directory;
    }

    List<TimelineEntry> of(Issue issue) {
        String processInstanceId = issue.processInstanceId();
        if (processInstanceId == null) {
            return List.of();
        }
        Map<String, String> departmentNames = directory.departmentNames();
        Map<String, String> decisions = new HashMap<>();
        Map<String, String> stepDepartments = new HashMap<>();
        Map<String, String> returnedTo = new HashMap<>();
        // Only string variables' values are read below; not initialising the others spares reading and
        // deserialising the process's serialised lists (contributing departments, recipients) on every call.
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).excludeVariableInitialization().list()) {
            if (IssueProcess.DECISION.equals(variable.getVariableName()) && variable.getTaskId() != null) {
                decisions.put(variable.getTaskId(), String.valueOf(variable.getValue()));
            } else if (RETURNED_TO.equals(variable.getVariableName()) && variable.getTaskId() != null) {
                returnedTo.put(variable.getTaskId(), String.valueOf(variable.getValue()));
            } else if (IssueProcess.STEP_DEPARTMENT.equals(variable.getVariableName())) {
                stepDepartments.put(variable.getExecutionId(), String.valueOf(variable.getValue()));
            }
        }
        // All of the process's comments in one read, newest first as the engine returns them, split by type.
        Map<String, List<Comment>> comments = tasks.getProcessInstanceComments(processInstanceId).stream()
                .filter(comment -> comment.getType() != null)
                .collect(java.util.stream.Collectors.groupingBy(Comment::getType));
        Map<String, List<String>> opinions = new HashMap<>();
        List<String> processNotes = new ArrayList<>();
        Map<String, String> frozenHashes = new java.util.LinkedHashMap<>();
        for (Comment comment : comments.getOrDefault(IssueProcess.OPINION_COMMENT, List.of())) {
            if (comment.getTaskId() != null) {
                opinions.computeIfAbsent(comment.getTaskId(), k -> new ArrayList<>()).add(comment.getFullMessage());
            } else if (comment.getFullMessage() != null && comment.getFullMessage().startsWith(FROZEN_RECORD)) {
                frozenHashes.putAll(hashes(comment.getFullMessage()));
            } else {
                processNotes.add(comment.getFullMessage());
            }
        }
        for (Comment comment : comments.getOrDefault(DELEGATE_OPINION_COMMENT, List.of())) {
            if (comment.getTaskId() != null) {
                opinions.computeIfAbsent(comment.getTaskId(), k -> new ArrayList<>()).add("委派办理意见 " + comment.getFullMessage());
            }
        }
        for (Comment comment : comments.getOrDefault(REASSIGNMENT_COMMENT, List.of())) {
            if (comment.getTaskId() != null) {
                opinions.computeIfAbsent(comment.getTaskId(), k -> new ArrayList<>()).add(comment.getFullMessage());
            }
        }
        for (Comment comment : comments.getOrDefault(REOPENING_COMMENT, List.of())) {
            if (comment.getTaskId() != null) {
                opinions.computeIfAbsent(comment.getTaskId(), k -> new ArrayList<>()).add("退回意见 " + comment.getFullMessage());
            }
        }
        Map<String, String> withdrawals = new HashMap<>();
        for (Comment comment : comments.getOrDefault(WITHDRAWAL_COMMENT, List.of())) {
            if (comment.getTaskId() != null) {
                withdrawals.put(comment.getTaskId(), comment.getFullMessage());
            }
        }
        for (List<String> list : opinions.values()) {
            java.util.Collections.reverse(list);
        }

        List<Sequenced> entries = new ArrayList<>();
        Set<String> people = new HashSet<>();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        List<HistoricTaskInstance> taskHistory = history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricTaskInstanceStartTime().asc().list();
        List<HistoricActivityInstance> automatic = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).activityType("serviceTask").list();
        // Issues opened outside a web request (jobs, imports) have no engine start user; the issue knows its opener.
        String opener = instance == null || instance.getStartUserId() == null ? issue.openedBy() : instance.getStartUserId();
        people.add(opener);
        taskHistory.forEach(task -> people.add(task.getAssignee()));
        List<Comment> copies = comments.getOrDefault(COPY_COMMENT, List.of());
        copies.forEach(comment -> people.add(comment.getUserId()));
        people.remove(null);
        Map<String, String> names = directory.displayNames(people);

        if (instance != null) {
            entries.add(new Sequenced(new TimelineEntry("issueOpened", "创建期次", "EVENT", instant(instance.getStartTime()),
                    instant(instance.getStartTime()), 0L, opener, names.get(opener),
                    null, null, null, null, List.of(), null), creationOrder(instance.getId())));
        }
        for (HistoricTaskInstance task : taskHistory) {
            String department = task.getCategory() != null && departmentNames.containsKey(task.getCategory())
                    ? task.getCategory() : null;
            String decision = decisions.get(task.getId());
            String note = withdrawals.containsKey(task.getId()) ? withdrawals.get(task.getId())
                    : task.getEndTime() != null && decision == null ? interruption(task.getDeleteReason())
                    : returnedTo.containsKey(task.getId()) ? "退回至：" + returnedTo.get(task.getId()) : null;
            entries.add(new Sequenced(new TimelineEntry(task.getTaskDefinitionKey(), task.getName(), "TASK",
                    instant(task.getCreateTime()), instant(task.getEndTime()), task.getDurationInMillis(), task.getAssignee(),
                    names.get(task.getAssignee()), department, department == null ? null : departmentNames.get(department),
                    decision, DecisionLabels.label(decision), opinions.getOrDefault(task.getId(), List.of()), note),
                    creationOrder(task.getId())));
        }
        for (HistoricActivityInstance activity : automatic) {
            if (!AUTOMATIC_STEPS.contains(activity.getActivityId())) {
                continue;
            }
            String department = stepDepartments.get(activity.getExecutionId());
            String note = activity.getActivityId().equals("markCancelled") && !processNotes.isEmpty()
                    ? String.join("；", processNotes) : null;
            Map<String, String> hashes = activity.getActivityId().equals("freezeIssue") && activity.getEndTime() != null
                    ? Map.copyOf(frozenHashes) : Map.of();
            entries.add(new Sequenced(new TimelineEntry(activity.getActivityId(), activity.getActivityName(), "SYSTEM",
                    instant(activity.getStartTime()), instant(activity.getEndTime()), activity.getDurationInMillis(),
                    null, "系统", department, department == null ? null : departmentNames.get(department), null, null,
                    List.of(), note, hashes), creationOrder(activity.getId())));
        }
        for (Comment comment : copies) {
            entries.add(new Sequenced(new TimelineEntry("cc", "抄送", "EVENT", instant(comment.getTime()),
                    instant(comment.getTime()), 0L, comment.getUserId(), names.get(comment.getUserId()), null, null, null,
                    null, List.of(), comment.getFullMessage()), creationOrder(comment.getId())));
        }
        // MySQL/MariaDB keep the engine's times to the second, so steps of one second tie; a step is created
        // after the one before it ended, so creation order settles ties in the order things happened.
        entries.sort(Comparator.comparing((Sequenced s) -> orderKey(s.entry()))
                .thenComparing(s -> s.entry().startedAt()).thenComparingLong(Sequenced::created));
        return entries.stream().map(Sequenced::entry).toList();
    }

    /** How rendering.DocumentFreezer records the frozen files: 定稿文件已固化（SHA-256）：pdf 3a…；docx 9f…. */
    private static final String FROZEN_RECORD = "定稿文件已固化";

    static Map<String, String> hashes(String record) {
        Map<String, String> hashes = new java.util.TreeMap<>();
        int colon = record.indexOf('：', record.indexOf('）'));
        for (String part : record.substring(colon + 1).split("；")) {
            String[] formatAndHash = part.strip().split("\\s+");
            if (formatAndHash.length == 2) {
                hashes.put(formatAndHash[0], formatAndHash[1]);
            }
        }
        return hashes;
    }

    private record Sequenced(TimelineEntry entry, long created) {
    }

    /** When the engine created the id: the time of a time-based UUID, or the number of a database-sequence id. */
    static long creationOrder(String id) {
        if (id == null) {
            return Long.MAX_VALUE;
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.version() == 1 ? uuid.timestamp() : Long.MAX_VALUE;
        } catch (IllegalArgumentException notUuid) {
            try {
                return Long.parseLong(id);
            } catch (NumberFormatException notNumber) {
                return Long.MAX_VALUE;
            }
        }
    }

    private static Instant orderKey(TimelineEntry entry) {
        return entry.endedAt() != null ? entry.endedAt() : (entry.startedAt() == null ? Instant.MAX : Instant.MAX.minusSeconds(1));
    }

    private static String interruption(String deleteReason) {
        if (deleteReason == null) {
            return null;
        }
        if (deleteReason.contains("Withdrawn")) {
            return "已撤回";
        }
        if (deleteReason.contains("boundary")) {
            return "因提前截止或作废而中止";
        }
        return "已中止";
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
