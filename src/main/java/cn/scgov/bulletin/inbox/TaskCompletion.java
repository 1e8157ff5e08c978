package cn.scgov.bulletin.inbox;

import java.util.Map;

/**
 * How a task is completed: the decision kept in history (task-local variable), the routing outcome
 * read by the next gateway (transient), an optional opinion (kept as a task comment) and process
 * variables to set.
 */
public record TaskCompletion(String decision, String outcome, String opinion, Map<String, Object> variables) {

    public TaskCompletion {
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }

    public static TaskCompletion of(String decision) {
        return new TaskCompletion(decision, decision, null, Map.of());
    }

    public static TaskCompletion of(String decision, String opinion) {
        return new TaskCompletion(decision, decision, opinion, Map.of());
    }

    public TaskCompletion withVariables(Map<String, Object> more) {
        return new TaskCompletion(decision, outcome, opinion, more);
    }
}
