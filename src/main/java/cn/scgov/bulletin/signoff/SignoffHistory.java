package cn.scgov.bulletin.signoff;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.task.Comment;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Reads the sign-off rounds back from the engine's history: each time the editor sent the issue and
 * each approver's decision with its opinion (意见), in the order they happened.
 */
@Component
class SignoffHistory {

    private final HistoryService history;
    private final TaskService tasks;
    private final Directory directory;

    SignoffHistory(HistoryService history, TaskService tasks, Directory directory) {
        this.history = history;
        this.tasks = tasks;
        this.directory = directory;
    }

    List<SignoffService.Opinion> opinions(Issue issue) {
        if (issue.processInstanceId() == null) {
            return List.of();
        }
        String process = issue.processInstanceId();
        List<HistoricTaskInstance> finished = history.createHistoricTaskInstanceQuery().processInstanceId(process)
                .taskDefinitionKeys(List.of(IssueProcess.COMPILE_TASK, IssueProcess.SIGNOFF_TASK)).finished()
                .orderByHistoricTaskInstanceEndTime().asc().list();
        Map<String, String> decisions = new HashMap<>();
        Map<String, String> returnedTo = new HashMap<>();
        // Only the two variables wanted, by name: listing all of the process's (about 330 an issue) read the stored
        // value of every one that keeps it in a byte array, one query each.
        for (String name : List.of(IssueProcess.DECISION, SignoffService.RETURNED_TO)) {
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(process)
                    .variableName(name).list()) {
                if (variable.getTaskId() != null && variable.getValue() != null) {
                    (IssueProcess.DECISION.equals(name) ? decisions : returnedTo).put(variable.getTaskId(),
                            variable.getValue().toString());
                }
            }
        }
        Map<String, String> comments = new HashMap<>();
        for (Comment comment : tasks.getProcessInstanceComments(process, IssueProcess.OPINION_COMMENT)) {
            if (comment.getTaskId() != null) {
                comments.merge(comment.getTaskId(), comment.getFullMessage(), (a, b) -> a + "\n" + b);
            }
        }
        Map<String, String> names = directory.displayNames(finished.stream().map(HistoricTaskInstance::getAssignee)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<String, String> signoffTasks = new HashMap<>();
        history.createHistoricTaskInstanceQuery().processInstanceId(process).taskDefinitionKey(IssueProcess.SIGNOFF_TASK)
                .list().forEach(task -> signoffTasks.put(task.getId(), task.getName()));
        List<Comment> delegateOpinions = tasks.getProcessInstanceComments(process,
                cn.scgov.bulletin.inbox.TaskOperations.DELEGATE_OPINION_COMMENT).stream()
                .filter(comment -> signoffTasks.containsKey(comment.getTaskId())).toList();
        Map<String, String> delegates = delegateOpinions.isEmpty() ? Map.of() : directory.displayNames(
                delegateOpinions.stream().map(Comment::getUserId).filter(java.util.Objects::nonNull).distinct().toList());
        List<SignoffService.Opinion> delegated = new java.util.ArrayList<>();
        for (Comment comment : delegateOpinions) {
            delegated.add(new SignoffService.Opinion(signoffTasks.get(comment.getTaskId()), comment.getUserId(),
                    comment.getUserId() == null ? null : delegates.getOrDefault(comment.getUserId(), comment.getUserId()),
                    comment.getTime().toInstant(),
                    "DELEGATE_OPINION", comment.getFullMessage(), null));
        }
        List<SignoffService.Opinion> decided = finished.stream().filter(task -> decisions.containsKey(task.getId())).map(task -> {
            Instant at = task.getEndTime() == null ? null : task.getEndTime().toInstant();
            boolean sent = IssueProcess.COMPILE_TASK.equals(task.getTaskDefinitionKey());
            return new SignoffService.Opinion(sent ? null : task.getName(), task.getAssignee(),
                    names.getOrDefault(task.getAssignee(), task.getAssignee()), at, decisions.get(task.getId()),
                    comments.get(task.getId()), returnedTo.get(task.getId()));
        }).toList();
        if (delegated.isEmpty()) {
            return decided;
        }
        List<SignoffService.Opinion> all = new java.util.ArrayList<>(decided);
        all.addAll(delegated);
        all.sort(java.util.Comparator.comparing(SignoffService.Opinion::at,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return all;
    }
}
