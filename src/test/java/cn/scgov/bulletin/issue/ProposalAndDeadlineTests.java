package cn.scgov.bulletin.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.shared.ConfirmationRequiredException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.support.ApiClient.Response;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Test;

/**
 * The proposal for the next issue never proposes a deadline in the past or minutes away, follows the
 * workday calendar, and opening asks to confirm a deadline before the period ends.
 */
class ProposalAndDeadlineTests extends ApiTestSupport {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void openedOnAMondayAt1652TheProposalLeavesAtLeastTheMinimumLeadTime() {
        at(LocalDateTime.of(2026, 11, 23, 16, 52));
        Bulletin bulletin = newBulletin(TestBulletins.small());
        IssueService.NextIssueProposal proposal = issueService.proposeNext(user("editor"), bulletin.id());
        assertThat(proposal.periodStart()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(proposal.periodEnd()).isEqualTo(LocalDate.of(2026, 11, 20));
        // Not 17:00 today (8 minutes away), nor tomorrow 17:00 (24 h 8 min: too close once the form has been open a while).
        assertThat(proposal.deadline()).isEqualTo(LocalDateTime.of(2026, 11, 25, 17, 0));
        assertThat(proposal.deadline().atZone(ZONE).toInstant()).isAfter(now().plus(java.time.Duration.ofHours(24)));
    }

    @Test
    void afterTheSpringFestivalTheProposalSkipsTheHolidayWeekAndCoversTheMakeUpSaturday() {
        at(LocalDateTime.of(2026, 2, 12, 10, 0));
        Bulletin bulletin = newBulletin(TestBulletins.small());
        issueService.open(user("editor"), new IssueService.OpenIssue(bulletin.id(), LocalDate.of(2026, 2, 9),
                LocalDate.of(2026, 2, 14), LocalDateTime.of(2026, 2, 26, 17, 0)));
        at(LocalDateTime.of(2026, 2, 24, 10, 0));
        IssueService.NextIssueProposal proposal = issueService.proposeNext(user("editor"), bulletin.id());
        assertThat(proposal.periodStart()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(proposal.periodEnd()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(proposal.deadline()).isEqualTo(LocalDateTime.of(2026, 3, 2, 17, 0));
    }

    @Test
    void openingRefusesATooShortDeadlineAndAsksToConfirmOneBeforeThePeriodEnds() {
        at(LocalDateTime.of(2026, 3, 2, 9, 0));
        Bulletin bulletin = newBulletin(TestBulletins.small());
        Map<String, Object> body = new HashMap<>(Map.of("bulletinId", bulletin.id(), "periodStart", "2026-03-02",
                "periodEnd", "2026-03-06", "deadline", "2026-03-02T17:00:00"));
        Response tooSoon = api("editor").post("/api/issues", body);
        assertThat(tooSoon.status()).isEqualTo(400);
        assertThat(tooSoon.json().get("errors").get("deadline").asString()).contains("24 小时");

        body.put("deadline", "2026-03-05T17:00:00");
        Response unconfirmed = api("editor").post("/api/issues", body);
        assertThat(unconfirmed.status()).as(unconfirmed.toString()).isEqualTo(409);
        assertThat(unconfirmed.json().get("confirmation").asString()).isEqualTo("deadlineBeforePeriodEnd");
        assertThat(issueService.issues(user("editor"), bulletin.id(), null, new cn.scgov.bulletin.shared.PageRequest(0, 5))
                .items()).isEmpty();
        body.put("confirm", true);
        assertThat(api("gat").post("/api/issues", body).status()).isEqualTo(403);
        Response opened = api("editor").post("/api/issues", body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

        assertThatThrownBy(() -> issueService.open(user("editor"), new IssueService.OpenIssue(bulletin.id(),
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13), LocalDateTime.of(2026, 3, 12, 17, 0))))
                .isInstanceOf(ConfirmationRequiredException.class);
        assertThatThrownBy(() -> issueService.open(user("editor"), new IssueService.OpenIssue(bulletin.id(),
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13), LocalDateTime.of(2026, 3, 1, 17, 0))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("须晚于当前时间");
    }

    private void at(LocalDateTime local) {
        jobs.setClock(local.atZone(ZONE).toInstant());
    }
}
