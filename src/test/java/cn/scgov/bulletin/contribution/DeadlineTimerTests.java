package cn.scgov.bulletin.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.notice.Notice;
import cn.scgov.bulletin.notice.Notices;
import cn.scgov.bulletin.notice.internal.Digests;
import cn.scgov.bulletin.notice.internal.NoticeSettings;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders before the deadline and overdue flags after it, by moving the engine clock. */
class DeadlineTimerTests extends FlowTestSupport {

    @Autowired
    Notices notices;
    @Autowired
    Digests digests;
    @Autowired
    NoticeSettings noticeSettings;

    @Test
    void lateDepartmentsAreRemindedBeforeTheDeadlineAndFlaggedAfterIt() {
        Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 4, 6));
        Instant deadline = issue.deadline();
        long news = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("news")).findFirst()
                .orElseThrow().id();
        Contribution gat = contributionOf(issue, "gat");
        contributions.submit(user("gat"), gat.id(), gat.version(), List.of(new DraftItem(news, "按时报送")));
        long jtystBefore = reminders("jtyst", issue);
        jobs.setClock(deadline.minus(Duration.ofHours(12)));
        jobs.awaitIdle();
        assertThat(reminders("jtyst", issue)).isEqualTo(jtystBefore + 1);
        assertThat(reminders("gat", issue)).isZero();
        assertThat(contributionOf(issue, "jtyst").overdue()).isFalse();

        jobs.setClock(deadline.plus(Duration.ofHours(1)));
        jobs.awaitIdle();
        assertThat(contributionOf(issue, "jtyst").overdue()).isTrue();
        assertThat(contributionOf(issue, "zjt").overdue()).isTrue();
        assertThat(contributionOf(issue, "gat").overdue()).isFalse();
        // The editors hear of the overdue departments in one digest per issue, once no more come in.
        jobs.moveClockBy(noticeSettings.overdueDigestDelay().plusSeconds(1));
        digests.overdueDigests();
        assertThat(notices.list(user("editor"), true, new PageRequest(0, 50)).items().stream()
                .filter(notice -> issue.id() == notice.issueId() && notice.kind().equals("OVERDUE_DIGEST")))
                .extracting(Notice::message).singleElement()
                .satisfies(message -> assertThat(message).endsWith("2 个部门逾期未报（交通运输厅、住房城乡建设厅）"));

        Contribution late = contributionOf(issue, "jtyst");
        contributions.submit(user("jtyst"), late.id(), late.version(), List.of(new DraftItem(news, "逾期后补报")));
        assertThat(contributionOf(issue, "jtyst").overdue()).isTrue();
        assertThat(contributionOf(issue, "jtyst").status()).isEqualTo(ContributionStatus.SUBMITTED);
    }

    private long reminders(String department, Issue issue) {
        return notices.list(user(department), false, new PageRequest(0, 200)).items().stream()
                .filter(notice -> "REMINDER".equals(notice.kind()) && issue.id() == notice.issueId()).count();
    }
}
