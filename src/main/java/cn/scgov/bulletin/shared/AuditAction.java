package cn.scgov.bulletin.shared;

/** Every kind of step the process log records, with the label auditors read. */
public enum AuditAction {
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    LOGOUT("退出"),
    ACCOUNT_LOCKED("账户锁定"),
    ACCESS_DENIED("越权访问被拒绝"),
    DEPARTMENT_CREATED("新增部门"),
    DEPARTMENT_UPDATED("修改部门"),
    USER_CREATED("新增用户"),
    USER_UPDATED("修改用户"),
    ROLES_CHANGED("调整角色"),
    ACCOUNT_UNLOCKED("解除锁定"),
    PASSWORD_CHANGED("修改密码"),
    PASSWORD_RESET("重置密码"),
    BULLETIN_CREATED("新增刊物"),
    BULLETIN_UPDATED("修改刊物"),
    OPENING_FIGURES_SET("设置年初累计数"),
    ISSUE_OPENED("创建期次"),
    COLLECTION_CLOSED("提前截止征集"),
    ISSUE_CANCELLED("作废期次"),
    ISSUE_SIGNED_OFF("签发定稿"),
    DOCUMENTS_FROZEN("固化文件"),
    ISSUE_DISTRIBUTED("分发"),
    CONTRIBUTION_SAVED("保存稿件"),
    CONTRIBUTION_SUBMITTED("报送稿件"),
    NOTHING_TO_REPORT("本期无报送"),
    CONTRIBUTION_WITHDRAWN("撤回稿件"),
    CONTRIBUTION_ACCEPTED("采用稿件"),
    CONTRIBUTION_RETURNED("退回稿件"),
    CONTRIBUTION_NOT_SUBMITTED("未报送"),
    CONTRIBUTION_OVERDUE("逾期未报"),
    REMINDER_SENT("到期提醒"),
    URGED("催办"),
    ITEM_ADDED("新增条目"),
    ITEM_EDITED("编辑条目"),
    ITEM_REMOVED("删除条目"),
    ITEMS_REORDERED("调整顺序"),
    STATISTICS_FILLED("填报统计"),
    CHECKLIST_FILLED("填写巡查情况"),
    SECTION_NOTE_EDITED("编辑栏目导语"),
    PRINT_COPIES_CHANGED("修改印数"),
    PERIOD_LINE_CHANGED("修改时段行"),
    ISSUE_DATE_SET("设定成文日期"),
    SENT_TO_SIGNOFF("送审"),
    SIGNOFF_APPROVED("审核通过"),
    SIGNOFF_RETURNED("审核退回"),
    SIGNER_ADDED("加签"),
    TASK_CLAIMED("签收任务"),
    TASK_UNCLAIMED("退签任务"),
    TASK_TRANSFERRED("转办"),
    TASK_DELEGATED("委派"),
    TASK_RESOLVED("委派办结"),
    RECEIPT_ACKNOWLEDGED("签收文件"),
    AUDIT_EXPORTED("导出日志");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
