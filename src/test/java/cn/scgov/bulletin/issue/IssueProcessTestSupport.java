package cn.scgov.bulletin.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.signoff.SignoffService.Decision;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.BeforeEach;

/** The issue process's tests: an issue of a small bulletin opened for each test, and the steps that drive it. */
abstract class IssueProcessTestSupport extends FlowTestSupport {

    protected Bulletin bulletin;
    protected Issue issue;

    @BeforeEach
    void openIssue() {
        bulletin = newBulletin(TestBulletins.small());
        issue = open(bulletin, LocalDate.of(2026, 11, 2));
    }

    protected void submit(String department, String text) {
        Contribution contribution = contributionOf(issue, department);
        contributions.submit(user(department), contribution.id(), contribution.version(),
                List.of(new DraftItem(newsSection(), text)));
    }

    protected void accept(String department) {
        Contribution contribution = contributionOf(issue, department);
        contributions.review(user("editor"), contribution.id(), contribution.version(), ReviewDecision.ACCEPT, null);
    }

    protected void driveToCompile() {
        submit("gat", "公安厅窗口工作动态。");
        accept("gat");
        for (String department : List.of("jtyst", "zjt")) {
            Contribution contribution = contributionOf(issue, department);
            contributions.nothingToReport(user(department), contribution.id(), contribution.version());
        }
        jobs.awaitIdle();
        assertThat(compileTask(issue)).isNotNull();
    }

    protected void driveToSignoff() {
        driveToSignoff(12, 3, 100);
    }

    protected void driveToSignoff(long consultations, long accepted, long licensing) {
        driveToCompile();
        fillFiguresAndChecklist(consultations, accepted);
        compilation.fillStatistics(user("editor"), issue.id(), sectionId("platform"), Map.of("licensing", licensing));
        compilation.sendToSignoff(user("editor"), issue.id());
    }

    protected void signOff() {
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, "同意");
        signoff.decide(user("leader"), issue.id(), Decision.APPROVE, "同意印发");
        jobs.awaitIdle();
    }

    protected void fillFiguresAndChecklist(long consultations, long accepted) {
        compilation.fillStatistics(user("editor"), issue.id(), sectionId("figures"),
                Map.of("consultations", consultations, "accepted", accepted));
        compilation.fillStatistics(user("editor"), issue.id(), sectionId("platform"), Map.of("licensing", 100L));
        compilation.fillChecklist(user("editor"), issue.id(), sectionId("inspection"), List.of("总体情况良好。", "总体情况良好。"));
    }

    protected long newsSection() {
        return sectionId("news");
    }

    protected long sectionId(String key) {
        return issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().id();
    }
}
