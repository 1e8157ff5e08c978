package cn.scgov.bulletin.issue;

/** Names in the issue's BPMN process (processes/bulletin-issue.bpmn20.xml) that code relies on. */
public final class IssueProcess {

    public static final String KEY = "bulletinIssue";

    public static final String DRAFT_TASK = "draftContribution";
    public static final String REVIEW_TASK = "reviewContribution";
    public static final String COMPILE_TASK = "compileIssue";
    public static final String SIGNOFF_TASK = "signoffStep";
    public static final String ACKNOWLEDGE_TASK = "acknowledgeReceipt";
    /** A department revising its accepted contribution the editor returned while compiling, and the editor's review. */
    public static final String REVISE_TASK = "reviseContribution";
    public static final String REVISION_REVIEW_TASK = "reviewRevision";

    public static final String COLLECTION_CLOSED_MESSAGE = "collectionClosed";
    public static final String CANCEL_MESSAGE = "issueCancelled";
    /** Starts a revision for one department while compiling; carries {@link #REOPENED_DEPARTMENT}. */
    public static final String REOPEN_MESSAGE = "contributionReopened";

    /** Process variables. */
    public static final String ISSUE_ID = "issueId";
    public static final String BULLETIN_ID = "bulletinId";
    public static final String DEPARTMENTS = "contributingDepartments";
    public static final String DEPARTMENT = "department";
    /** Set by the reopening message; the revision copies it into its own {@link #DEPARTMENT}. */
    public static final String REOPENED_DEPARTMENT = "reopenedDepartment";
    /** Local to an automatic step's execution: the department the step concerned (for the timeline). */
    public static final String STEP_DEPARTMENT = "stepDepartment";
    public static final String DEADLINE = "deadline";
    public static final String REMINDER_AT = "reminderAt";
    public static final String RECIPIENTS = "recipients";
    public static final String SIGNOFF_GROUP = "signoffGroup";
    public static final String SIGNOFF_STEP_NAME = "signoffStepName";
    public static final String SIGNOFF_ASSIGNEE = "signoffAssignee";
    public static final String SIGNOFF_INDEX = "signoffIndex";
    public static final String SIGNOFF_DONE = "signoffDone";

    /** Transient routing variable read by the gateways after a task. */
    public static final String OUTCOME = "outcome";
    /** Task-local variable kept in history: the decision taken on a task. */
    public static final String DECISION = "decision";
    /** Comment type of opinions and reasons (意见) in the engine's history. */
    public static final String OPINION_COMMENT = "opinion";

    private IssueProcess() {
    }
}
