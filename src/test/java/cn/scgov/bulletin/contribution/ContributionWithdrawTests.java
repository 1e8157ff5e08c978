package cn.scgov.bulletin.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.support.FlowTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Withdrawing a submitted contribution, and finding a department's contribution to an issue. */
class ContributionWithdrawTests extends FlowTestSupport {

    @Autowired ApplicationContext context;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private ParticipantsFixture.Unit other;
    private Issue issue;

    @BeforeEach
    void openIssue() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        other = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code(), other.code())), LocalDate.of(2026, 9, 7));
    }

    @Test
    void withdrawnContributionGoesBackToItsDraftTaskAndCanBeSubmittedAgain() {
        fixture.submit(issue, unit.submitter(), unit.code(), "初稿");
        Contribution submitted = fixture.contribution(issue, unit.code());
        contributions.withdraw(user(unit.submitter()), submitted.id(), submitted.version());

        Contribution withdrawn = fixture.contribution(issue, unit.code());
        assertThat(withdrawn.status()).isEqualTo(ContributionStatus.DRAFTING);
        assertThat(tasks(issue, IssueProcess.REVIEW_TASK)).isEmpty();
        assertThat(tasks(issue, IssueProcess.DRAFT_TASK)).extracting(t -> t.getCategory()).contains(unit.code());

        contributions.submit(user(unit.submitter()), withdrawn.id(), withdrawn.version(),
                List.of(new DraftItem(fixture.sections(issue, unit.code()).get(0).id(), "修改稿")));
        assertThat(fixture.contribution(issue, unit.code()).status()).isEqualTo(ContributionStatus.SUBMITTED);
        assertThat(contributions.revisions(user(unit.submitter()), withdrawn.id())).hasSize(2);
    }

    @Test
    void aDepartmentsContributionIsFoundForThoseWhoMayReadIt() {
        Contribution mine = contributions.mine(user(unit.submitter()), issue.id());
        assertThat(contributions.ofDepartment(user(unit.submitter()), issue.id(), unit.code()).id()).isEqualTo(mine.id());
        assertThat(contributions.ofDepartment(user("leader"), issue.id(), unit.code()).id()).isEqualTo(mine.id());
        assertThatThrownBy(() -> contributions.ofDepartment(user(other.submitter()), issue.id(), unit.code()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> contributions.ofDepartment(user("recipient"), issue.id(), unit.code()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> contributions.ofDepartment(user("editor"), issue.id(), "gat"))
                .isInstanceOf(NotFoundException.class);
    }
}
