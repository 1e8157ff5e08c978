package cn.scgov.bulletin.audit;

import java.util.Map;

/** The words users read for the decisions recorded on tasks and log lines. */
public final class DecisionLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("SUBMITTED", "报送"), Map.entry("NOTHING_TO_REPORT", "本期无报送"), Map.entry("WITHDRAWN", "撤回"),
            Map.entry("ACCEPTED", "采用"), Map.entry("RETURNED", "退回"), Map.entry("SENT", "送审"),
            Map.entry("APPROVED", "同意"), Map.entry("ACKNOWLEDGED", "签收"),
            Map.entry("ADDED_BEFORE", "前加签"), Map.entry("REOPENED", "退回部门修改"));

    private DecisionLabels() {
    }

    public static String label(String decision) {
        return decision == null ? null : LABELS.getOrDefault(decision, decision);
    }
}
