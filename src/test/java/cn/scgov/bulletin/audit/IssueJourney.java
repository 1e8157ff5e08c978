package cn.scgov.bulletin.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.compilation.CompilationService;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.signoff.SignoffService;
import cn.scgov.bulletin.signoff.SignoffService.Decision;
import cn.scgov.bulletin.support.EngineJobs;
import cn.scgov.bulletin.support.TestBulletins;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.springframework.context.ApplicationContext;

/**
 * Drives one issue of a fresh small bulletin through the real services, on a chosen day of the
 * engine clock: gat's draft is returned once and resubmitted, the others have nothing to report, the
 * editor compiles and the reviewer approves, so the leader's 签发 is the current step.
 */
public final class IssueJourney {

    public static final String RETURN_REASON = "请补充本周办件数量";
    public static final String REVIEW_OPINION = "同意，请领导签发";

    private final ApplicationContext context;
    private final EngineJobs jobs;

    public IssueJourney(ApplicationContext context) {
        this.context = context;
        this.jobs = new EngineJobs(context.getBean(ManagementService.class),
                context.getBean(ProcessEngineConfiguration.class));
    }

    /** Runs the journey starting at 09:00 of {@code day} (Asia/Shanghai) and resets the clock afterwards. */
    public Issue runOn(LocalDate day) {
        jobs.setClock(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        try {
            Bulletin bulletin = bean(BulletinCatalog.class).create(user("sysadmin"),
                    "journey-" + System.nanoTime() % 1_000_000, TestBulletins.small());
            Issue issue = bean(IssueService.class).open(user("editor"), new IssueService.OpenIssue(bulletin.id(),
                    day, day.plusDays(4), LocalDateTime.of(day.plusDays(6), java.time.LocalTime.of(17, 0))));
            later(40);
            submit(issue, "gat", "公安厅窗口本周开展延时服务。");
            later(25);
            review(issue, "gat", ReviewDecision.RETURN, RETURN_REASON);
            later(50);
            submit(issue, "gat", "公安厅窗口本周开展延时服务，办件 279 件。");
            for (String department : List.of("jtyst", "zjt")) {
                Contribution contribution = contribution(issue, department);
                bean(ContributionService.class).nothingToReport(user(department), contribution.id(), contribution.version());
            }
            later(30);
            review(issue, "gat", ReviewDecision.ACCEPT, null);
            jobs.awaitIdle();
            later(60);
            CompilationService compilation = bean(CompilationService.class);
            compilation.fillStatistics(user("editor"), issue.id(), section(issue, "figures"),
                    Map.of("consultations", 120L, "accepted", 35L));
            compilation.fillStatistics(user("editor"), issue.id(), section(issue, "platform"), Map.of("licensing", 900L));
            compilation.fillChecklist(user("editor"), issue.id(), section(issue, "inspection"),
                    List.of("总体情况良好。", "总体情况良好。"));
            compilation.sendToSignoff(user("editor"), issue.id());
            later(90);
            bean(SignoffService.class).decide(user("reviewer"), issue.id(), Decision.APPROVE, REVIEW_OPINION);
            jobs.awaitIdle();
            return bean(Issues.class).require(issue.id());
        } finally {
            jobs.resetClock();
        }
    }

    public EngineJobs jobs() {
        return jobs;
    }

    private void submit(Issue issue, String department, String text) {
        Contribution contribution = contribution(issue, department);
        bean(ContributionService.class).submit(user(department), contribution.id(), contribution.version(),
                List.of(new DraftItem(section(issue, "news"), text)));
    }

    private void review(Issue issue, String department, ReviewDecision decision, String reason) {
        Contribution contribution = contribution(issue, department);
        bean(ContributionService.class).review(user("editor"), contribution.id(), contribution.version(), decision, reason);
    }

    private Contribution contribution(Issue issue, String department) {
        return bean(ContributionService.class).mine(user(department), issue.id());
    }

    private long section(Issue issue, String key) {
        return bean(Issues.class).outline(issue.id()).sections().stream().filter(s -> s.key().equals(key))
                .findFirst().orElseThrow().id();
    }

    private void later(int minutes) {
        jobs.moveClockBy(Duration.ofMinutes(minutes));
    }

    private CurrentUser user(String username) {
        return bean(Directory.class).currentUser(username).orElseThrow();
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
