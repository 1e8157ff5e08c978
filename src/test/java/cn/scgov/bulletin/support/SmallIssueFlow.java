package cn.scgov.bulletin.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.signoff.SignoffService.Decision;

/**
 * Runs issues of a {@link TestBulletins#small()} bulletin through the services at given moments of the
 * engine clock (Asia/Shanghai): open, every department has nothing to report, the editor fills the
 * figures and the checklist, sends to sign-off, the reviewer and the leader approve.
 */
public final class SmallIssueFlow {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final FlowTestSupport flow;

    public SmallIssueFlow(FlowTestSupport flow) {
        this.flow = flow;
    }

    /**
     * Moves the engine clock and lets the timers now due (reminders, overdue flags) run before anything
     * else happens, so they never compete with the next step for the same rows.
     */
    public void at(LocalDateTime moment) {
        flow.jobs.setClock(moment.atZone(ZONE).toInstant());
        flow.jobs.awaitIdle();
    }

    /** Opens an issue for the period at {@code moment}, due two days later (confirmed where that is before the period ends). */
    public Issue open(Bulletin bulletin, LocalDate start, LocalDate end, LocalDateTime moment) {
        at(moment);
        return flow.issueService.open(flow.user("editor"), new IssueService.OpenIssue(bulletin.id(), start, end,
                moment.plusDays(2), true, null));
    }

    /** Collection ends with nothing to report; the editor fills figures (consultations, accepted, licensing) and findings. */
    public void compile(Issue issue, Number consultations, Number accepted, Number licensing) {
        for (String department : TestBulletins.DEPARTMENTS) {
            Contribution contribution = flow.contributions.mine(flow.user(department), issue.id());
            flow.contributions.nothingToReport(flow.user(department), contribution.id(), contribution.version());
        }
        flow.jobs.awaitIdle();
        flow.compilation.fillStatistics(flow.user("editor"), issue.id(), section(issue, "figures"),
                Map.of("consultations", consultations, "accepted", accepted));
        flow.compilation.fillStatistics(flow.user("editor"), issue.id(), section(issue, "platform"),
                Map.of("licensing", licensing));
        flow.compilation.fillChecklist(flow.user("editor"), issue.id(), section(issue, "inspection"),
                List.of("总体情况良好。", "总体情况良好。"));
    }

    public void send(Issue issue) {
        flow.compilation.sendToSignoff(flow.user("editor"), issue.id());
    }

    /** The reviewer and then the leader approve at {@code moment}; the leader gives {@code issueDate} (or none). */
    public Issue signOff(Issue issue, LocalDateTime moment, LocalDate issueDate) {
        at(moment);
        flow.signoff.decide(flow.user("reviewer"), issue.id(), Decision.APPROVE, "同意");
        flow.signoff.decide(flow.user("leader"), issue.id(), Decision.APPROVE, "同意印发", issueDate);
        flow.jobs.awaitIdle();
        return flow.issues.require(issue.id());
    }

    public long section(Issue issue, String key) {
        return flow.issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst()
                .map(IssueSection::id).orElseThrow();
    }
}
