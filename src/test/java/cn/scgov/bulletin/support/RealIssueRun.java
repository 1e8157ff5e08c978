package cn.scgov.bulletin.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinDefinition.MetricDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.distribution.DistributionService.RecipientStatus;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueOutline;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.signoff.SignoffService.Decision;

/**
 * One issue run through the application's services the way a real week (or month) runs, the engine clock
 * moved from step to step (timers fire at their time): the editor opens it; most departments submit the next
 * day, about one in ten has nothing to report, two are returned with a reason and submit again, the late ones
 * are urged, flagged overdue at the deadline and submit the day after; the editor accepts everything, fills
 * the figures and the checklist and sends it to sign-off; the reviewer approves, the leader approves (or,
 * in a {@code leaderReturns} run, returns it first with an opinion and approves the resent issue); the engine
 * numbers, freezes and distributes it; every recipient acknowledges. It can stop at any {@link Stage}.
 */
public final class RealIssueRun {

    public enum Stage { COLLECTING, COMPILING, SIGNING_OFF, DISTRIBUTED, ACKNOWLEDGED }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final FlowTestSupport flow;
    private final RealIssueRun steps = this;

    public RealIssueRun(FlowTestSupport flow) {
        this.flow = flow;
    }

    /** Moves the engine clock and lets the timers now due run (reminders, overdue flags) and the jobs finish. */
    public void at(LocalDateTime moment) {
        flow.jobs.awaitIdle();
        flow.jobs.setClock(moment.atZone(ZONE).toInstant());
        flow.jobs.awaitIdle();
    }

    /** Waits for the jobs and gives the engine back the real clock. */
    public void realClock() {
        flow.jobs.awaitIdle();
        flow.jobs.resetClock();
    }

    private cn.scgov.bulletin.directory.CurrentUser user(String username) {
        return flow.user(username);
    }

    public Issue run(Bulletin bulletin, LocalDate start, LocalDate end, LocalDateTime opensAt, LocalDateTime deadline,
            boolean leaderReturns, Stage until, long seed) {
        Random random = new Random(seed);
        steps.at(opensAt);
        Issue issue = flow.issueService.open(steps.user("editor"), new IssueService.OpenIssue(bulletin.id(), start, end,
                deadline, true, null));
        IssueOutline outline = flow.issues.outline(issue.id());
        List<String> departments = new ArrayList<>(outline.contributingDepartments());
        departments.sort(null);
        java.util.Collections.shuffle(departments, random);
        int nothing = Math.max(1, departments.size() / 10);
        int returned = 2;
        int late = Math.max(1, departments.size() / 12);
        List<String> nothingToReport = departments.subList(0, nothing);
        List<String> returnedOnes = departments.subList(nothing, nothing + returned);
        List<String> lateOnes = departments.subList(nothing + returned, nothing + returned + late);
        List<String> onTime = departments.subList(nothing + returned + late, departments.size());

        LocalDateTime day = opensAt.plusDays(1).withHour(10);
        steps.at(day);
        for (String department : nothingToReport) {
            Contribution mine = flow.contributions.mine(steps.user(department), issue.id());
            flow.contributions.nothingToReport(steps.user(department), mine.id(), mine.version());
        }
        for (String department : concat(onTime, returnedOnes)) {
            submit(issue, outline, department, random, "");
        }
        if (until == Stage.COLLECTING) {
            return flow.issues.require(issue.id());
        }
        steps.at(day.withHour(15));
        for (String department : lateOnes) {
            flow.contributions.urge(steps.user("editor"), flow.contributions.ofDepartment(steps.user("editor"), issue.id(),
                    department).id(), "请尽快报送本期稿件。");
        }
        for (String department : onTime) {
            review(issue, department, ReviewDecision.ACCEPT, null);
        }
        for (String department : returnedOnes) {
            review(issue, department, ReviewDecision.RETURN, "请补充具体办件数据，并压缩篇幅。");
        }
        steps.at(day.plusDays(1));
        for (String department : returnedOnes) {
            submit(issue, outline, department, random, "（修改稿）");
            review(issue, department, ReviewDecision.ACCEPT, null);
        }
        steps.at(deadline.plusMinutes(30));
        steps.at(deadline.plusHours(17));
        for (String department : lateOnes) {
            submit(issue, outline, department, random, "");
            review(issue, department, ReviewDecision.ACCEPT, null);
        }
        steps.at(deadline.plusHours(18));
        compile(bulletin, issue, outline, random);
        flow.compilation.sendToSignoff(steps.user("editor"), issue.id());
        if (until == Stage.COMPILING) {
            return flow.issues.require(issue.id());
        }
        LocalDateTime signoff = deadline.plusDays(deadline.getDayOfWeek().getValue() >= 4 ? 8 - deadline.getDayOfWeek().getValue() : 1)
                .withHour(9);
        steps.at(signoff);
        flow.signoff.decide(steps.user("reviewer"), issue.id(), Decision.APPROVE, "同意，请领导审签。");
        if (until == Stage.SIGNING_OFF) {
            return flow.issues.require(issue.id());
        }
        steps.at(signoff.plusHours(2));
        if (leaderReturns) {
            flow.signoff.decide(steps.user("leader"), issue.id(), Decision.RETURN, "第二部分请再精简，数据核对后再报。");
            steps.at(signoff.plusHours(4));
            flow.compilation.sendToSignoff(steps.user("editor"), issue.id());
            steps.at(signoff.plusHours(5));
            flow.signoff.decide(steps.user("reviewer"), issue.id(), Decision.APPROVE, "已按领导意见修改，同意。");
            steps.at(signoff.plusHours(6));
        }
        flow.signoff.decide(steps.user("leader"), issue.id(), Decision.APPROVE, "同意印发。");
        steps.at(signoff.plusHours(7));
        if (until == Stage.DISTRIBUTED) {
            return flow.issues.require(issue.id());
        }
        List<RecipientStatus> recipients = flow.distribution.recipients(steps.user("editor"), issue.id());
        int minutes = 0;
        for (RecipientStatus recipient : recipients) {
            steps.at(signoff.plusHours(8).plusMinutes(minutes += 7 + random.nextInt(30)));
            flow.distribution.acknowledge(steps.user(recipient.username()), issue.id());
        }
        steps.at(signoff.plusDays(3));
        return flow.issues.require(issue.id());
    }

    private void submit(Issue issue, IssueOutline outline, String department, Random random, String suffix) {
        Contribution mine = flow.contributions.mine(steps.user(department), issue.id());
        List<IssueSection> sections = outline.sectionsOf(department);
        List<DraftItem> items = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            IssueSection section = sections.get(random.nextInt(sections.size()));
            items.add(new DraftItem(section.id(), itemText(department, random) + suffix));
        }
        flow.contributions.submit(steps.user(department), mine.id(), mine.version(), items);
    }

    private void review(Issue issue, String department, ReviewDecision decision, String reason) {
        Contribution contribution = flow.contributions.ofDepartment(steps.user("editor"), issue.id(), department);
        flow.contributions.review(steps.user("editor"), contribution.id(), contribution.version(), decision, reason);
    }

    private void compile(Bulletin bulletin, Issue issue, IssueOutline outline, Random random) {
        Map<String, SectionDefinition> definitions = new LinkedHashMap<>();
        collect(bulletin.definition().outline(), definitions);
        for (IssueSection section : outline.sections()) {
            SectionDefinition definition = definitions.get(section.key());
            if (section.kind() == SectionKind.STATISTICS && definition != null) {
                Map<String, Number> figures = new LinkedHashMap<>();
                for (MetricDefinition metric : definition.metrics()) {
                    long value = metric.accumulation() == Accumulation.CUMULATIVE
                            ? 100_000 + issue.periodEnd().toEpochDay() * 10 : 200 + random.nextInt(3000);
                    figures.put(metric.key(), BigDecimal.valueOf(value));
                }
                flow.compilation.fillStatistics(steps.user("editor"), issue.id(), section.id(), figures);
            } else if (section.kind() == SectionKind.CHECKLIST && definition != null) {
                flow.compilation.fillChecklist(steps.user("editor"), issue.id(), section.id(),
                        definition.checklist().stream().map(item -> "总体情况良好。").toList());
            }
        }
    }

    private static void collect(List<SectionDefinition> sections, Map<String, SectionDefinition> into) {
        for (SectionDefinition section : sections) {
            into.put(section.key(), section);
            collect(section.children(), into);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static final String[] SUBJECTS = {"企业开办", "不动产登记", "社保卡办理", "出入境证件", "道路运输许可",
        "建设工程审批", "药品经营许可", "医师执业注册", "排污许可", "林草采伐许可", "网上办理", "帮办代办"};

    private static String itemText(String department, Random random) {
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        return department + "窗口持续优化" + subject + "服务，本期受理" + (20 + random.nextInt(400)) + "件、办结"
                + (15 + random.nextInt(380)) + "件，平均办理时限压缩至" + (1 + random.nextInt(5))
                + "个工作日，群众满意率100%。";
    }
}
