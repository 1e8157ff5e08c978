package cn.scgov.bulletin.directory;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a user may do. The three administrative duties are held by different people and never
 * together with a business role (三员分立).
 */
public enum Role {
    SUBMITTER("报送员", false, true),
    EDITOR("编辑", false, false),
    REVIEWER("审核人", false, false),
    LEADER("签发领导", false, false),
    RECIPIENT("接收人", false, true),
    SYSADMIN("系统管理员", true, false),
    SECADMIN("安全管理员", true, false),
    AUDITOR("安全审计员", true, false);

    public static final Set<Role> ADMINISTRATIVE = EnumSet.of(SYSADMIN, SECADMIN, AUDITOR);
    /** The centre's office, who work on every issue: editors and the approvers. */
    public static final Set<Role> OFFICE = EnumSet.of(EDITOR, REVIEWER, LEADER);
    /** Who read every issue in full: the office and the auditor (read only). */
    public static final Set<Role> OFFICE_READERS = EnumSet.of(EDITOR, REVIEWER, LEADER, AUDITOR);
    /** Who review and sign off (审核 / 签发). */
    public static final Set<Role> APPROVERS = EnumSet.of(REVIEWER, LEADER);
    /**
     * Whose roles let them read issues at all: the office readers, submitters (the issues their department
     * contributes to) and recipients (those delivered or copied to them); which issues is {@code issue.IssueAccess}'s answer.
     */
    public static final Set<Role> ISSUE_READERS = EnumSet.of(SUBMITTER, EDITOR, REVIEWER, LEADER, RECIPIENT, AUDITOR);

    private final String label;
    private final boolean administrative;
    private final boolean departmentBound;

    Role(String label, boolean administrative, boolean departmentBound) {
        this.label = label;
        this.administrative = administrative;
        this.departmentBound = departmentBound;
    }

    public String label() {
        return label;
    }

    public boolean administrative() {
        return administrative;
    }

    /** Submitters and recipients act for one department and need one. */
    public boolean departmentBound() {
        return departmentBound;
    }

    /** The Flowable candidate group of a role that is not bound to a department. */
    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String submitterGroup(String departmentCode) {
        return "submitter:" + departmentCode;
    }
}
