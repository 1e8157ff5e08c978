package cn.scgov.bulletin.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.distribution.DistributionService;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.signoff.SignoffService.Decision;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.compilation.CompilationService;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.signoff.SignoffService;
import cn.scgov.bulletin.support.EngineJobs;
import cn.scgov.bulletin.support.TestBulletins;

import org.springframework.context.ApplicationContext;

/**
 * Four issues of a new small weekly bulletin (departments gat, jtyst, zjt) driven through the process at
 * set moments of the engine clock (Asia/Shanghai), each due two days after it opens:
 * <ul>
 * <li>A (2 March 2026, opened 09:00): gat submits at 10:00 (on time, 1 h); jtyst at 12:00 (on time, 3 h), is
 * returned at 13:00 and resubmits on 5 March 09:00 after the deadline (still on time: the first submission
 * counts); zjt on 4 March 10:00 (late, 2 d 1 h). Accepted 5 March 10:00 (compile begins), sent to sign-off
 * 14:00, approved 6 March 09:00 and 10:00 (distributed), all but one recipient acknowledge at 15:00, the
 * last on 7 March 09:00.</li>
 * <li>B (9 March): jtyst submits at 09:30 (on time, 30 min), gat has nothing to report, zjt never submits;
 * collection closed 12 March 09:00, jtyst accepted 10:00; B stays in compilation.</li>
 * <li>C (16 March): gat submits on 18 March 09:30 (late, 2 d 30 min); jtyst and zjt have not yet answered.</li>
 * <li>D (23 March, opened 16 March): gat submits, then D is cancelled (not counted).</li>
 * </ul>
 */
final class TimelinessScenario {

    record Built(Bulletin bulletin, Issue a, Issue b, Issue c, Issue d, List<String> recipientsOfA) {
    }

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private final Flow flow;
    private final Flow steps;

    TimelinessScenario(ApplicationContext context, EngineJobs jobs) {
        this.flow = new Flow(context, jobs);
        this.steps = flow;
    }

    /** The services the scenario drives, and the engine clock. */
    private static final class Flow {
        final IssueService issueService;
        final Issues issues;
        final ContributionService contributions;
        final CompilationService compilation;
        final SignoffService signoff;
        final DistributionService distribution;
        final BulletinCatalog catalog;
        final Directory directory;
        final EngineJobs jobs;

        Flow(ApplicationContext context, EngineJobs jobs) {
            issueService = context.getBean(IssueService.class);
            issues = context.getBean(Issues.class);
            contributions = context.getBean(ContributionService.class);
            compilation = context.getBean(CompilationService.class);
            signoff = context.getBean(SignoffService.class);
            distribution = context.getBean(DistributionService.class);
            catalog = context.getBean(BulletinCatalog.class);
            directory = context.getBean(Directory.class);
            this.jobs = jobs;
        }

        CurrentUser user(String username) {
            return directory.currentUser(username).orElseThrow(() -> new AssertionError("no user " + username));
        }

        void at(LocalDateTime moment) {
            jobs.setClock(moment.atZone(ZONE).toInstant());
            jobs.awaitIdle();
        }

        Issue open(Bulletin bulletin, LocalDate start, LocalDate end, LocalDateTime moment) {
            at(moment);
            return issueService.open(user("editor"), new IssueService.OpenIssue(bulletin.id(), start, end,
                    moment.plusDays(2), true, null));
        }

        void send(Issue issue) {
            compilation.sendToSignoff(user("editor"), issue.id());
        }

        long section(Issue issue, String key) {
            return issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst()
                    .map(IssueSection::id).orElseThrow();
        }
    }

    Built build() {
        Bulletin bulletin = flowBulletin();
        Issue a = steps.open(bulletin, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), at(2, 9, 0));
        submit(a, "gat", at(2, 10, 0));
        submit(a, "jtyst", at(2, 12, 0));
        review(a, "jtyst", ReviewDecision.RETURN, at(2, 13, 0));
        submit(a, "zjt", at(4, 10, 0));
        submit(a, "jtyst", at(5, 9, 0));
        steps.at(at(5, 10, 0));
        for (String department : TestBulletins.DEPARTMENTS) {
            review(a, department, ReviewDecision.ACCEPT, null);
        }
        flow.jobs.awaitIdle();
        steps.at(at(5, 11, 0));
        fill(a);
        steps.at(at(5, 14, 0));
        steps.send(a);
        steps.at(at(6, 9, 0));
        flow.signoff.decide(flow.user("reviewer"), a.id(), Decision.APPROVE, "同意");
        steps.at(at(6, 10, 0));
        flow.signoff.decide(flow.user("leader"), a.id(), Decision.APPROVE, "同意印发");
        flow.jobs.awaitIdle();
        List<String> recipients = flow.distribution.recipients(flow.user("editor"), a.id()).stream()
                .map(DistributionService.RecipientStatus::username).toList();
        steps.at(at(6, 15, 0));
        recipients.subList(1, recipients.size()).forEach(username -> flow.distribution.acknowledge(flow.user(username), a.id()));

        Issue b = steps.open(bulletin, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13), at(9, 9, 0));
        submit(b, "jtyst", at(9, 9, 30));
        steps.at(at(9, 10, 0));
        Contribution gat = flow.contributions.mine(flow.user("gat"), b.id());
        flow.contributions.nothingToReport(flow.user("gat"), gat.id(), gat.version());
        steps.at(at(12, 9, 0));
        flow.issueService.closeCollection(flow.user("editor"), b.id());
        flow.jobs.awaitIdle();
        review(b, "jtyst", ReviewDecision.ACCEPT, at(12, 10, 0));
        flow.jobs.awaitIdle();

        Issue c = steps.open(bulletin, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20), at(16, 9, 0));
        Issue d = steps.open(bulletin, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27), at(16, 9, 0));
        submit(d, "gat", at(16, 10, 0));
        flow.issueService.cancel(flow.user("editor"), d.id(), "重复开设");
        submit(c, "gat", at(18, 9, 30));
        flow.jobs.awaitIdle();
        return new Built(bulletin, a, b, c, d, recipients);
    }

    /** The last recipient of A acknowledges (7 March 09:00). */
    void lastAcknowledgement(Built built) {
        steps.at(at(7, 9, 0));
        flow.distribution.acknowledge(flow.user(built.recipientsOfA().get(0)), built.a().id());
    }

    private Bulletin flowBulletin() {
        steps.at(at(1, 9, 0));
        return newBulletin();
    }

    private Bulletin newBulletin() {
        return flow.catalog.create(flow.user("sysadmin"), "timeliness-" + System.nanoTime() % 1_000_000,
                TestBulletins.small());
    }

    private void submit(Issue issue, String department, LocalDateTime moment) {
        steps.at(moment);
        Contribution contribution = flow.contributions.mine(flow.user(department), issue.id());
        flow.contributions.submit(flow.user(department), contribution.id(), contribution.version(),
                List.of(new DraftItem(steps.section(issue, "news"), department + "本周工作动态")));
        flow.jobs.awaitIdle();
    }

    private void review(Issue issue, String department, ReviewDecision decision, LocalDateTime moment) {
        if (moment != null) {
            steps.at(moment);
        }
        Contribution contribution = flow.contributions.mine(flow.user(department), issue.id());
        flow.contributions.review(flow.user("editor"), contribution.id(), contribution.version(), decision,
                decision == ReviewDecision.RETURN ? "请补充办件数据" : null);
        flow.jobs.awaitIdle();
    }

    private void fill(Issue issue) {
        flow.compilation.fillStatistics(flow.user("editor"), issue.id(), steps.section(issue, "figures"),
                Map.of("consultations", 120, "accepted", 80));
        flow.compilation.fillStatistics(flow.user("editor"), issue.id(), steps.section(issue, "platform"),
                Map.of("licensing", 900));
        flow.compilation.fillChecklist(flow.user("editor"), issue.id(), steps.section(issue, "inspection"),
                List.of("总体情况良好。", "总体情况良好。"));
    }

    private static LocalDateTime at(int dayOfMarch, int hour, int minute) {
        return LocalDateTime.of(2026, 3, dayOfMarch, hour, minute);
    }
}
