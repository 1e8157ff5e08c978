package cn.scgov.bulletin.inbox;

import java.util.EnumSet;
import java.util.Set;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueReadPermission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person an issue was copied to (抄送) reads that issue, its compiled text, its draft documents and its
 * sign-off chain — not the departments' contributions, recipients or the timeline. 三员分立: an account that
 * has since become an administrator reads nothing through an old copy.
 */
@Component
class CopyReadPermission implements IssueReadPermission {

    private static final Set<IssueAccess.Part> GRANTED = EnumSet.of(IssueAccess.Part.ISSUE,
            IssueAccess.Part.COMPILATION, IssueAccess.Part.SIGNOFF, IssueAccess.Part.DRAFT_DOCUMENT);

    private final JdbcClient jdbc;

    CopyReadPermission(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean canRead(CurrentUser user, Issue issue) {
        return canRead(user, issue, IssueAccess.Part.ISSUE);
    }

    @Override
    public boolean canRead(CurrentUser user, Issue issue, IssueAccess.Part part) {
        return GRANTED.contains(part) && user.roles().stream().noneMatch(Role::administrative)
                && jdbc.sql("SELECT COUNT(*) FROM issue_cc WHERE issue_id = :issue AND username = :username")
                        .param("issue", issue.id()).param("username", user.username()).query(Integer.class).single() > 0;
    }
}
