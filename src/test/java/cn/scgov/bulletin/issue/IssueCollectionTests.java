package cn.scgov.bulletin.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.contribution.ContributionStatus;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.support.TestBulletins;

import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;

/**
 * Every path of the issue process while it collects contributions, driven through the services and checked
 * through the engine.
 */
class IssueCollectionTests extends IssueProcessTestSupport {

    @Test
    void openingGivesEveryContributingDepartmentADraftTaskAtOnce() {
        List<Task> drafts = tasks(issue, IssueProcess.DRAFT_TASK);
        assertThat(drafts).extracting(Task::getCategory).containsExactlyInAnyOrderElementsOf(TestBulletins.DEPARTMENTS);
        assertThat(drafts).allSatisfy(task -> assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("submitter:" + task.getCategory())));
        assertThat(issue.status()).isEqualTo(IssueStatus.COLLECTING);
        assertThat(issues.issueLine(issue).text()).isEqualTo("2026年第1期（总第500期）");
        assertThat(issues.issueLine(issue).proposed()).isTrue();
    }

    @Test
    void returnedContributionGoesBackToTheSameDepartmentAndIsResubmitted() {
        submit("gat", "初稿");
        Contribution submitted = contributionOf(issue, "gat");
        contributions.review(user("editor"), submitted.id(), submitted.version(), ReviewDecision.RETURN, "请补充办件数量");

        Contribution returned = contributionOf(issue, "gat");
        assertThat(returned.status()).isEqualTo(ContributionStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("请补充办件数量");
        Task draft = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).taskCategory("gat").singleResult();
        assertThat(draft).isNotNull();
        assertThat(taskService.createTaskQuery().taskCandidateGroup("submitter:jtyst").taskId(draft.getId()).count()).isZero();

        submit("gat", "修改稿：共办件 279 件。");
        Contribution resubmitted = contributionOf(issue, "gat");
        assertThat(resubmitted.status()).isEqualTo(ContributionStatus.SUBMITTED);
        assertThat(resubmitted.revision()).isEqualTo(2);
        assertThat(contributions.revisions(user("gat"), resubmitted.id())).hasSize(2)
                .extracting(r -> r.items().get(0).text()).containsExactly("初稿", "修改稿：共办件 279 件。");
        accept("gat");
        assertThat(contributionOf(issue, "gat").status()).isEqualTo(ContributionStatus.ACCEPTED);
    }

    @Test
    void departmentsWithNothingToReportFinishWithoutReview() {
        for (String department : TestBulletins.DEPARTMENTS) {
            Contribution contribution = contributionOf(issue, department);
            contributions.nothingToReport(user(department), contribution.id(), contribution.version());
        }
        jobs.awaitIdle();
        assertThat(tasks(issue, IssueProcess.REVIEW_TASK)).isEmpty();
        assertThat(compileTask(issue)).isNotNull();
        assertThat(contributions.ofIssue(user("editor"), issue.id())).extracting(Contribution::status)
                .containsOnly(ContributionStatus.NOTHING_TO_REPORT);
    }

    @Test
    void closingCollectionEarlyMarksDepartmentsThatHaveNotSubmittedAndKeepsThemVisible() {
        submit("gat", "已报送的稿件");
        Contribution jtyst = contributionOf(issue, "jtyst");
        contributions.save(user("jtyst"), jtyst.id(), jtyst.version(), List.of(new DraftItem(newsSection(), "未完成的草稿")));

        issueService.closeCollection(user("editor"), issue.id());

        assertThat(contributionOf(issue, "jtyst").status()).isEqualTo(ContributionStatus.NOT_SUBMITTED);
        assertThat(contributionOf(issue, "jtyst").items()).extracting(i -> i.text()).containsExactly("未完成的草稿");
        assertThat(contributionOf(issue, "zjt").status()).isEqualTo(ContributionStatus.NOT_SUBMITTED);
        assertThat(tasks(issue, IssueProcess.DRAFT_TASK)).isEmpty();
        Contribution gat = contributionOf(issue, "gat");
        assertThatThrownBy(() -> contributions.review(user("editor"), gat.id(), gat.version(), ReviewDecision.RETURN, "太晚了"))
                .isInstanceOf(ConflictException.class);
        accept("gat");
        jobs.awaitIdle();
        assertThat(compileTask(issue)).isNotNull();
        assertThat(contributions.ofIssue(user("editor"), issue.id())).hasSize(3);
    }
}
