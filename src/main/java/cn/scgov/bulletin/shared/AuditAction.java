package cn.scgov.bulletin.shared;

/** Every kind of step the process log records, with the label auditors read. */
public enum AuditAction {
    LOGIN("登录"),
    LOGIN_FAILED("登录失败", Outcome.FAILURE),
    LOGOUT("退出"),
    ACCOUNT_LOCKED("账户锁定"),
    ACCESS_DENIED("越权访问被拒绝", Outcome.REFUSED),
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
    NOTICE_TEMPLATE_CHANGED("修改通知模板"),
    MAIL_RETRIED("重发通知邮件"),
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
    CONTRIBUTION_REOPENED("退回部门修改"),
    CONTRIBUTION_NOT_SUBMITTED("未报送"),
    CONTRIBUTION_OVERDUE("逾期未报"),
    REMINDER_SENT("到期提醒"),
    URGED("催办"),
    SIGNOFF_URGED("催办审签"),
    RECEIPT_URGED("催办签收"),
    COMMENT_POSTED("发表讨论"),
    ISSUE_COPIED("抄送"),
    COPY_READ("阅知抄送"),
    ITEM_ADDED("新增条目"),
    ITEM_EDITED("编辑条目"),
    ITEM_REMOVED("删除条目"),
    ITEMS_REORDERED("调整顺序"),
    ATTACHMENT_UPLOADED("上传附件"),
    ATTACHMENT_REMOVED("删除附件"),
    ITEM_IMAGE_PLACED("插入图片"),
    ITEM_IMAGE_REMOVED("移除图片"),
    STATISTICS_FILLED("填报统计"),
    CHECKLIST_FILLED("填写巡查情况"),
    SECTION_NOTE_EDITED("编辑栏目导语"),
    PRINT_COPIES_CHANGED("修改印数"),
    PERIOD_LINE_CHANGED("修改时段行"),
    ISSUE_DATE_SET("设定成文日期"),
    SENT_TO_SIGNOFF("送审"),
    SIGNOFF_APPROVED("审核通过"),
    SIGNOFF_RETURNED("审核退回"),
    SIGNOFF_RETURNED_TO_STEP("退回至前序步骤"),
    SIGNOFF_APPROVAL_WITHDRAWN("撤回审签同意"),
    SIGNOFF_SENDING_WITHDRAWN("撤回送审"),
    SIGNER_ADDED("加签"),
    SIGNER_ADDED_BEFORE("前加签"),
    SIGNER_REMOVED("减签"),
    SIGNOFF_RULES_CHANGED("修改审签规则"),
    TASK_CLAIMED("签收任务"),
    TASK_UNCLAIMED("退签任务"),
    TASK_TRANSFERRED("转办"),
    TASK_DELEGATED("委派"),
    TASK_RESOLVED("委派办结"),
    TASK_RECLAIMED("收回委派"),
    TASK_REASSIGNED("管理员改派"),
    RECEIPT_ACKNOWLEDGED("签收文件"),
    AUDIT_EXPORTED("导出日志"),
    DASHBOARD_EXPORTED("导出报送统计"),
    FILTER_SAVED("保存筛选"),
    FILTER_DELETED("删除筛选"),
    CALENDAR_IMPORTED("导入节假日安排"),
    CALENDAR_DAY_CHANGED("修改节假日安排"),
    SCHEDULE_CHANGED("修改开设计划"),
    OCCURRENCE_SKIPPED("跳过计划期次"),
    OCCURRENCE_MOVED("调整计划期次"),
    OCCURRENCE_RESTORED("恢复计划期次"),
    SCHEDULED_OPENING_FAILED("未能按计划开设"),
    CREDENTIAL_REQUESTED("申请发放密码"),
    CREDENTIAL_CONFIRMED("确认发放密码"),
    CREDENTIAL_CANCELLED("撤销密码申请"),
    SESSIONS_ENDED("结束会话"),
    REQUEST_REFUSED("操作被拒绝", Outcome.REFUSED),
    LOGIN_THROTTLED("登录限流", Outcome.REFUSED),
    API_THROTTLED("请求限流", Outcome.REFUSED),
    AUDIT_PURGED("清理过期日志"),
    JOB_RETRIED("重试失败作业"),
    ALL_JOBS_RETRIED("全部重试失败作业");

    /** How a step ended, as the log records it. */
    public enum Outcome {
        SUCCESS, FAILURE, REFUSED
    }

    private final String label;
    private final Outcome outcome;

    AuditAction(String label) {
        this(label, Outcome.SUCCESS);
    }

    AuditAction(String label, Outcome outcome) {
        this.label = label;
        this.outcome = outcome;
    }

    public String label() {
        return label;
    }

    public Outcome outcome() {
        return outcome;
    }
}
