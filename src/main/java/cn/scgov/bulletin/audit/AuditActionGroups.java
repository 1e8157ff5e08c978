package cn.scgov.bulletin.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.scgov.bulletin.shared.AuditAction;

/**
 * How the log page groups the many kinds of action in its select, and which ones it flags. Actions are named as
 * the log stores them: they belong to the modules that publish them, which audit does not depend on
 * ({@code ProcessLogVocabularyTests} checks that every name here is a registered action).
 */
public final class AuditActionGroups {

    record Group(String key, List<AuditAction> actions) {
    }

    static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("security", List.of("LOGIN", "LOGIN_FAILED", "LOGOUT", "ACCOUNT_LOCKED", "ACCESS_DENIED",
                "ROLES_CHANGED", "ACCOUNT_UNLOCKED", "PASSWORD_CHANGED", "PASSWORD_RESET", "CREDENTIAL_REQUESTED",
                "CREDENTIAL_CONFIRMED", "CREDENTIAL_CANCELLED", "SESSIONS_ENDED", "REQUEST_REFUSED", "LOGIN_THROTTLED",
                "API_THROTTLED", "AUDIT_PURGED"));
        GROUPS.put("configuration", List.of("DEPARTMENT_CREATED", "DEPARTMENT_UPDATED", "USER_CREATED", "USER_UPDATED",
                "BULLETIN_CREATED", "BULLETIN_UPDATED", "OPENING_FIGURES_SET", "SIGNOFF_RULES_CHANGED"));
        GROUPS.put("issue", List.of("ISSUE_OPENED", "COLLECTION_CLOSED", "ISSUE_CANCELLED", "ISSUE_SIGNED_OFF",
                "DOCUMENTS_FROZEN", "ISSUE_DISTRIBUTED", "PRINT_COPIES_CHANGED"));
        GROUPS.put("contribution", List.of("CONTRIBUTION_SAVED", "CONTRIBUTION_SUBMITTED", "NOTHING_TO_REPORT",
                "CONTRIBUTION_WITHDRAWN", "CONTRIBUTION_ACCEPTED", "CONTRIBUTION_RETURNED", "CONTRIBUTION_REOPENED",
                "CONTRIBUTION_NOT_SUBMITTED", "CONTRIBUTION_OVERDUE", "REMINDER_SENT", "URGED", "ATTACHMENT_UPLOADED",
                "ATTACHMENT_REMOVED"));
        GROUPS.put("compilation", List.of("ITEM_ADDED", "ITEM_EDITED", "ITEM_REMOVED", "ITEMS_REORDERED",
                "ITEM_IMAGE_PLACED", "ITEM_IMAGE_REMOVED", "STATISTICS_FILLED", "CHECKLIST_FILLED", "SECTION_NOTE_EDITED"));
        GROUPS.put("signoff", List.of("SIGNOFF_URGED", "RECEIPT_URGED", "ISSUE_COPIED", "COPY_READ", "SENT_TO_SIGNOFF",
                "SIGNOFF_APPROVED", "SIGNOFF_RETURNED", "SIGNOFF_RETURNED_TO_STEP", "SIGNOFF_APPROVAL_WITHDRAWN",
                "SIGNOFF_SENDING_WITHDRAWN", "SIGNER_ADDED", "SIGNER_ADDED_BEFORE", "SIGNER_REMOVED",
                "RECEIPT_ACKNOWLEDGED"));
        GROUPS.put("task", List.of("TASK_CLAIMED", "TASK_UNCLAIMED", "TASK_TRANSFERRED", "TASK_DELEGATED",
                "TASK_RESOLVED", "TASK_RECLAIMED", "TASK_REASSIGNED"));
        GROUPS.put("other", List.of("NOTICE_TEMPLATE_CHANGED", "MAIL_RETRIED", "COMMENT_POSTED", "PERIOD_LINE_CHANGED",
                "ISSUE_DATE_SET", "AUDIT_EXPORTED", "DASHBOARD_EXPORTED", "FILTER_SAVED", "FILTER_DELETED",
                "CALENDAR_IMPORTED", "CALENDAR_DAY_CHANGED", "SCHEDULE_CHANGED", "OCCURRENCE_SKIPPED", "OCCURRENCE_MOVED",
                "OCCURRENCE_RESTORED", "SCHEDULED_OPENING_FAILED", "JOB_RETRIED", "ALL_JOBS_RETRIED"));
    }

    private static final Set<String> ALARMING = Set.of("LOGIN_FAILED", "ACCOUNT_LOCKED", "ACCESS_DENIED",
            "REQUEST_REFUSED", "LOGIN_THROTTLED", "API_THROTTLED");
    private static final Set<String> SETBACKS = Set.of("CONTRIBUTION_RETURNED", "CONTRIBUTION_REOPENED",
            "SIGNOFF_RETURNED", "SIGNOFF_RETURNED_TO_STEP", "CONTRIBUTION_OVERDUE", "CONTRIBUTION_NOT_SUBMITTED",
            "ISSUE_CANCELLED", "URGED", "SIGNOFF_URGED", "RECEIPT_URGED");
    private static final Set<String> COMPLETIONS = Set.of("CONTRIBUTION_ACCEPTED", "SIGNOFF_APPROVED",
            "ISSUE_SIGNED_OFF", "ISSUE_DISTRIBUTED", "RECEIPT_ACKNOWLEDGED", "CONTRIBUTION_SUBMITTED");

    private AuditActionGroups() {
    }

    /** Every registered action in exactly one group; actions no group names land at the end of "other". */
    static List<Group> groups(ProcessLogActions registered) {
        List<Group> groups = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        GROUPS.forEach((key, names) -> {
            List<AuditAction> actions = new ArrayList<>(names.stream().map(registered::find)
                    .flatMap(Optional::stream).toList());
            placed.addAll(names);
            if (key.equals("other")) {
                registered.all().stream().filter(action -> !placed.contains(action.name())).forEach(actions::add);
            }
            if (!actions.isEmpty()) {
                groups.add(new Group(key, List.copyOf(actions)));
            }
        });
        return groups;
    }

    /** The tag style of a logged action: bad, warn, ok or plain. */
    public static String tone(String action) {
        if (action == null) {
            return "";
        }
        return ALARMING.contains(action) ? "bad" : SETBACKS.contains(action) ? "warn"
                : COMPLETIONS.contains(action) ? "ok" : "";
    }
}
