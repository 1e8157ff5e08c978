package cn.scgov.bulletin.notice.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a notice is about, with its built-in Chinese template: a subject (the line shown in the
 * application and the e-mail's subject) and an e-mail body. Each kind names the placeholders its
 * template may use; {@code {name}} (the recipient) and {@code {link}} (the address of the page)
 * are always there.
 */
@org.springframework.modulith.NamedInterface("administration")
public enum NoticeKind {
    ISSUE_OPENED("征集稿件", "{issue}开始征集稿件，请于 {deadline} 前报送",
            "{issue}开始征集稿件，请{department}于 {deadline} 前报送本部门稿件。", "issue", "deadline", "department"),
    REMINDER("截止提醒", "{issue}即将截止报送，请尽快提交本部门稿件",
            "{issue}将于 {deadline} 截止报送，{department}尚未报送，请尽快提交。", "issue", "deadline", "department"),
    URGED("催办", "{issue}催办：{reason}", "{actor}催办{department}的{issue}稿件：{reason}", "issue", "department", "actor",
            "reason"),
    TASK_URGED("催办", "{issue}催办：请尽快办理“{task}”", "{actor}催办您办理{issue}的“{task}”：{reason}", "issue", "task",
            "actor", "reason"),
    COPIED("抄送", "{actor}抄送给您：{issue}", "{actor}将{issue}抄送给您阅知（只读）。{reason}", "issue", "actor", "reason"),
    RETURNED("稿件退回", "{issue}稿件被退回：{reason}", "{actor}退回了{department}的{issue}稿件，退回原因：{reason}\n请修改后重新报送。",
            "issue", "department", "actor", "reason"),
    OVERDUE("逾期未报", "{issue}已过报送截止时间，本部门稿件尚未报送",
            "{issue}已于 {deadline} 截止报送，{department}稿件尚未报送，请尽快报送。", "issue", "deadline", "department"),
    OVERDUE_DIGEST("逾期汇总", "{issue}：{count} 个部门逾期未报（{departments}）",
            "{issue}已于 {deadline} 截止报送，截止时以下 {count} 个部门尚未报送：{departments}。", "issue", "deadline", "count",
            "departments"),
    REVIEW("稿件待审", "{issue}：{department}已报送稿件，请审核", "{department}已报送{issue}稿件，请审核（采用或退回）。", "issue",
            "department"),
    COMPILE("待汇编", "{issue}稿件征集已结束，请汇编", "{issue}稿件征集已结束，请汇编本期并送审签。", "issue"),
    SIGNOFF("待审签", "{issue}已送{task}，请审签", "{issue}已送{task}，请审阅后签发或退回修改。", "issue", "task"),
    SIGNER_ADDED("加签", "{issue}加签请您审签（{task}）", "您被加签为{issue}的审签人（{task}），请审阅后签发或退回修改。", "issue",
            "task"),
    TRANSFERRED("转办", "{actor}将“{task}”转办给您", "{actor}将{issue}的“{task}”转办给您，请办理。", "issue", "task", "actor"),
    DELEGATED("委派", "{actor}将“{task}”委派给您", "{actor}将{issue}的“{task}”委派给您办理，办理后任务回到委派人。", "issue", "task",
            "actor"),
    SIGNOFF_RETURNED("审签退回", "{issue}审签退回：{reason}", "{actor}退回了{issue}，意见：{reason}\n请修改后重新送审签。", "issue",
            "actor", "reason"),
    MENTIONED("讨论提及", "{actor}在{issue}的{thread}中提到了您", "{actor}在{issue}的{thread}中提到了您：\n\n{text}",
            "issue", "actor", "thread", "text"),
    CANCELLED("期次作废", "{issue}已作废：{reason}", "{issue}已作废，原因：{reason}\n本期无需再报送。", "issue", "reason"),
    DELIVERED("收文", "{issue}已印发，请阅知并签收", "{issue}已印发，请阅知并签收。", "issue"),
    TASK("待办", "您有新的待办：{task}", "您有新的待办：{issue}“{task}”。", "issue", "task"),
    MAIL_FAILED("邮件失败", "发往 {address} 的通知邮件发送失败", "发往 {address} 的通知邮件“{subject}”多次发送失败：{error}\n请检查邮件服务器设置后在“邮件发送”页重发。",
            "address", "subject", "error"),
    CREDENTIAL_REQUESTED("密码申请", "系统管理员{actor}申请为账户 {account} 发放一次性密码（{kind}），待安全管理员确认",
            "系统管理员{actor}申请为账户 {account} 发放一次性密码（{kind}），待安全管理员确认。\n如非本人申请，请立即联系安全审计员。",
            "actor", "account", "kind"),
    CREDENTIAL_CONFIRMED("密码发放", "安全管理员{actor}已确认为账户 {account} 发放一次性密码（{kind}），原密码已失效",
            "安全管理员{actor}已确认为账户 {account} 发放一次性密码（{kind}），原密码已失效。\n如非本人申请，请立即联系安全审计员。",
            "actor", "account", "kind"),
    DIGEST("每日汇总", "您有 {count} 条新通知（{date}）", "以下是您 {date} 的 {count} 条通知：\n\n{notices}", "count", "date",
            "notices");

    /** Placeholders every template may use. */
    public static final List<String> COMMON = List.of("name", "link");

    private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

    static {
        MEANINGS.put("name", "收件人姓名");
        MEANINGS.put("link", "办理页面的完整地址");
        MEANINGS.put("issue", "刊物与期号，如《窗口工作周报》2023年第8期");
        MEANINGS.put("deadline", "报送截止时间");
        MEANINGS.put("department", "部门名称");
        MEANINGS.put("actor", "操作人姓名");
        MEANINGS.put("reason", "原因或意见");
        MEANINGS.put("task", "任务名称");
        MEANINGS.put("count", "条数或部门数");
        MEANINGS.put("departments", "逾期部门名单，以顿号分隔");
        MEANINGS.put("address", "收件邮箱");
        MEANINGS.put("subject", "邮件主题");
        MEANINGS.put("error", "错误信息");
        MEANINGS.put("date", "日期");
        MEANINGS.put("notices", "通知列表");
        MEANINGS.put("account", "账户名");
        MEANINGS.put("kind", "密码发放的类别（新账户或重置）");
        MEANINGS.put("thread", "讨论的名称，如稿件讨论（公安厅）");
        MEANINGS.put("text", "讨论内容");
    }

    private final String label;
    private final String subject;
    private final String body;
    private final Set<String> placeholders;

    NoticeKind(String label, String subject, String body, String... placeholders) {
        this.label = label;
        this.subject = subject;
        this.body = body;
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(List.of("name", "link"));
        names.addAll(List.of(placeholders));
        this.placeholders = java.util.Collections.unmodifiableSet(names);
    }

    public String label() {
        return label;
    }

    public String defaultSubject() {
        return subject;
    }

    /** The built-in e-mail body: a greeting, the kind's text and where to act. */
    public String defaultBody() {
        return "{name}：\n\n" + body + "\n\n请登录政务窗口简报系统办理：{link}";
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    /** Whether notices of this kind may be e-mailed (a failed-mail alert stays in the application). */
    public boolean mailable() {
        return this != MAIL_FAILED;
    }

    /** Whether this kind is a notice of its own, shown in the list (the digest is an e-mail only). */
    public boolean notice() {
        return this != DIGEST;
    }

    public static String meaning(String placeholder) {
        return MEANINGS.getOrDefault(placeholder, placeholder);
    }

    public static java.util.Optional<NoticeKind> parse(String name) {
        for (NoticeKind kind : values()) {
            if (kind.name().equals(name)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
