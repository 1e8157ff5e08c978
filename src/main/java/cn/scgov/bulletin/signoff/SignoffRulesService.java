package cn.scgov.bulletin.signoff;

import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each bulletin's sign-off rules: read by the office and its administrator, set by the system administrator. */
@Service
public class SignoffRulesService {

    private static final Rows<SignoffRules> RULES = Rows.of(SignoffRules.class);

    private final JdbcClient jdbc;
    private final BulletinCatalog catalog;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    SignoffRulesService(JdbcClient jdbc, BulletinCatalog catalog, TimeSource time,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.time = time;
        this.events = events;
    }

    public SignoffRules rules(CurrentUser user, long bulletinId) {
        if (!user.hasAny(Role.SYSADMIN) && !IssueAccess.officeReader(user)) {
            throw new ForbiddenException("无权查看审签规则");
        }
        catalog.bulletin(bulletinId);
        return of(bulletinId);
    }

    /** The rules in force (the defaults when none were set). */
    SignoffRules of(long bulletinId) {
        return jdbc.sql("SELECT * FROM signoff_rules WHERE bulletin_id = :bulletin").param("bulletin", bulletinId)
                .query(RULES)
                .optional().orElse(SignoffRules.DEFAULTS);
    }

    /** Sets the rules; {@code version} is the one read (0 for rules never set). */
    @Transactional
    @RetryOnCollision
    public SignoffRules update(CurrentUser user, long bulletinId, SignoffRules rules) {
        if (!user.hasAny(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可修改审签规则");
        }
        String title = catalog.bulletin(bulletinId).definition().title();
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM signoff_rules WHERE bulletin_id = :bulletin")
                .param("bulletin", bulletinId).query(Integer.class).single() > 0;
        int changed;
        if (exists) {
            changed = jdbc.sql("UPDATE signoff_rules SET max_added_signers = :max, leaders_only_last_step = :leaders,"
                    + " step_due_hours = :hours, updated_at = :at, updated_by = :by, version = version + 1"
                    + " WHERE bulletin_id = :bulletin AND version = :version")
                    .params(params(bulletinId, rules, user)).update();
        } else if (rules.version() == 0) {
            changed = jdbc.sql("INSERT INTO signoff_rules (bulletin_id, max_added_signers, leaders_only_last_step,"
                    + " step_due_hours, updated_at, updated_by, version) VALUES (:bulletin, :max, :leaders, :hours,"
                    + " :at, :by, 1)").params(params(bulletinId, rules, user)).update();
        } else {
            changed = 0;
        }
        if (changed != 1) {
            throw new ConflictException("审签规则已被他人修改，请刷新后重试");
        }
        events.publishEvent(ProcessLogged.of(SignoffAction.SIGNOFF_RULES_CHANGED, user.username(), title + "：加签不超过 "
                + rules.maxAddedSigners() + " 人，" + (rules.leadersOnlyLastStep() ? "末步仅可加签领导" : "末步不限角色")
                + "，每步办理时限 " + (rules.stepDueHours() == 0 ? "不限" : rules.stepDueHours() + " 小时")));
        return of(bulletinId);
    }

    private java.util.Map<String, Object> params(long bulletinId, SignoffRules rules, CurrentUser user) {
        return java.util.Map.of("bulletin", bulletinId, "max", rules.maxAddedSigners(), "leaders",
                rules.leadersOnlyLastStep(), "hours", rules.stepDueHours(), "at", cn.scgov.bulletin.shared.Sql.timestamp(time.now()),
                "by", user.username(), "version", rules.version());
    }
}
