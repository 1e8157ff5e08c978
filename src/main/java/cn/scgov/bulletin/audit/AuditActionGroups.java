package cn.scgov.bulletin.audit;

import static cn.scgov.bulletin.shared.AuditAction.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.shared.AuditAction;

/** How the log page groups the many kinds of action in its select, and which ones it flags. */
public final class AuditActionGroups {

    record Group(String key, List<AuditAction> actions) {
    }

    private static final Map<String, Set<AuditAction>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("security", EnumSet.of(LOGIN, LOGIN_FAILED, LOGOUT, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED, ACCESS_DENIED,
                PASSWORD_CHANGED, PASSWORD_RESET, ROLES_CHANGED, CREDENTIAL_REQUESTED, CREDENTIAL_CONFIRMED,
                CREDENTIAL_CANCELLED, SESSIONS_ENDED, REQUEST_REFUSED, LOGIN_THROTTLED, API_THROTTLED, AUDIT_PURGED));
        GROUPS.put("configuration", EnumSet.of(DEPARTMENT_CREATED, DEPARTMENT_UPDATED, USER_CREATED, USER_UPDATED,
                BULLETIN_CREATED, BULLETIN_UPDATED, OPENING_FIGURES_SET, SIGNOFF_RULES_CHANGED));
        GROUPS.put("issue", EnumSet.of(ISSUE_OPENED, COLLECTION_CLOSED, ISSUE_CANCELLED, PRINT_COPIES_CHANGED,
                ISSUE_SIGNED_OFF, DOCUMENTS_FROZEN, ISSUE_DISTRIBUTED));
        GROUPS.put("contribution", EnumSet.of(CONTRIBUTION_SAVED, CONTRIBUTION_SUBMITTED, NOTHING_TO_REPORT,
                CONTRIBUTION_WITHDRAWN, CONTRIBUTION_ACCEPTED, CONTRIBUTION_RETURNED, CONTRIBUTION_REOPENED, CONTRIBUTION_NOT_SUBMITTED,
                CONTRIBUTION_OVERDUE, REMINDER_SENT, URGED, ATTACHMENT_UPLOADED, ATTACHMENT_REMOVED));
        GROUPS.put("compilation", EnumSet.of(ITEM_ADDED, ITEM_EDITED, ITEM_REMOVED, ITEMS_REORDERED, STATISTICS_FILLED,
                CHECKLIST_FILLED, SECTION_NOTE_EDITED, ITEM_IMAGE_PLACED, ITEM_IMAGE_REMOVED));
        GROUPS.put("signoff", EnumSet.of(SENT_TO_SIGNOFF, SIGNOFF_APPROVED, SIGNOFF_RETURNED, SIGNOFF_RETURNED_TO_STEP, SIGNER_ADDED,
                SIGNOFF_APPROVAL_WITHDRAWN, SIGNOFF_SENDING_WITHDRAWN, SIGNER_ADDED_BEFORE, SIGNER_REMOVED,
                SIGNOFF_URGED, RECEIPT_URGED, ISSUE_COPIED, COPY_READ,
                RECEIPT_ACKNOWLEDGED));
        GROUPS.put("task", EnumSet.of(TASK_CLAIMED, TASK_UNCLAIMED, TASK_TRANSFERRED, TASK_DELEGATED, TASK_RESOLVED,
                TASK_RECLAIMED, TASK_REASSIGNED));
    }

    private static final Set<AuditAction> ALARMING = EnumSet.of(LOGIN_FAILED, ACCOUNT_LOCKED, ACCESS_DENIED,
            REQUEST_REFUSED, LOGIN_THROTTLED, API_THROTTLED);
    private static final Set<AuditAction> SETBACKS = EnumSet.of(CONTRIBUTION_RETURNED, CONTRIBUTION_REOPENED, SIGNOFF_RETURNED, SIGNOFF_RETURNED_TO_STEP,
            CONTRIBUTION_OVERDUE, CONTRIBUTION_NOT_SUBMITTED, ISSUE_CANCELLED, URGED, SIGNOFF_URGED, RECEIPT_URGED);
    private static final Set<AuditAction> COMPLETIONS = EnumSet.of(CONTRIBUTION_ACCEPTED, SIGNOFF_APPROVED,
            ISSUE_SIGNED_OFF, ISSUE_DISTRIBUTED, RECEIPT_ACKNOWLEDGED, CONTRIBUTION_SUBMITTED);

    private AuditActionGroups() {
    }

    /** Every action in exactly one group; actions added later land in "other". */
    public static List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        Set<AuditAction> placed = EnumSet.noneOf(AuditAction.class);
        GROUPS.forEach((key, actions) -> {
            groups.add(new Group(key, List.copyOf(actions)));
            placed.addAll(actions);
        });
        List<AuditAction> other = EnumSet.complementOf(EnumSet.copyOf(placed)).stream().toList();
        if (!other.isEmpty()) {
            groups.add(new Group("other", other));
        }
        return groups;
    }

    /** The tag style of a logged action: bad, warn, ok or plain. */
    public static String tone(String action) {
        try {
            AuditAction value = AuditAction.valueOf(action);
            return ALARMING.contains(value) ? "bad" : SETBACKS.contains(value) ? "warn"
                    : COMPLETIONS.contains(value) ? "ok" : "";
        } catch (IllegalArgumentException | NullPointerException e) {
            return "";
        }
    }
}
