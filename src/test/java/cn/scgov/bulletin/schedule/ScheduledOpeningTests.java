package cn.scgov.bulletin.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.calendar.ShiftRule;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.schedule.internal.ScheduledOpener;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.RetryingTransactionTemplate;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issues open themselves on time across the 2026 Spring Festival (15–23 February off, 14 and 28
 * February make-up working days): the engine clock is moved and the test waits for the engine's jobs.
 */
class ScheduledOpeningTests extends FlowTestSupport {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired ScheduleService schedules;
    @Autowired ScheduledOpener opener;
    @Autowired RetryingTransactionTemplate transactions;

    @Test
    void weeklyIssuesOpenOnTheFirstWorkdayAfterTheSpringFestivalAndTheHolidayWeekIsSkipped() {
        at(2026, 2, 9, 10, 0);
        Bulletin bulletin = scheduled(HolidayWeekRule.SKIP);

        // Monday 16 February is a holiday: the opening moves to the next workday, Tuesday 24 February.
        at(2026, 2, 16, 9, 0);
        jobs.awaitIdle();
        assertThat(issuesOf(bulletin)).isEmpty();
        at(2026, 2, 24, 8, 59);
        jobs.awaitIdle();
        assertThat(issuesOf(bulletin)).isEmpty();

        at(2026, 2, 24, 9, 0);
        jobs.awaitIdle();
        List<Issue> opened = issuesOf(bulletin);
        assertThat(opened).hasSize(1);
        Issue first = opened.get(0);
        // The week of 9 February includes the make-up Saturday 14 February.
        assertThat(first.periodStart()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(first.periodEnd()).isEqualTo(LocalDate.of(2026, 2, 14));
        // Wednesday 18 February is a holiday; 24 February 17:00 would leave 8 hours: the deadline is 25 February.
        assertThat(local(first)).isEqualTo(LocalDateTime.of(2026, 2, 25, 17, 0));
        assertThat(first.openedBy()).isEqualTo("schedule");
        assertThat(first.status()).isEqualTo(IssueStatus.COLLECTING);

        // The week of 16 February has no workday: no issue for it. The next covers 24–28 February (28th a make-up day).
        at(2026, 3, 2, 8, 0);
        jobs.awaitIdle();
        assertThat(issuesOf(bulletin)).hasSize(1);
        at(2026, 3, 2, 9, 0);
        jobs.awaitIdle();
        List<Issue> both = issuesOf(bulletin);
        assertThat(both).hasSize(2);
        Issue second = both.stream().filter(i -> i.id() != first.id()).findFirst().orElseThrow();
        assertThat(second.periodStart()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(second.periodEnd()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(local(second)).isEqualTo(LocalDateTime.of(2026, 3, 4, 17, 0));
        // Numbers are given in order of sign-off; proposed lines of open issues are consecutive, without a gap.
        assertThat(List.of(issues.issueLine(first).text(), issues.issueLine(second).text()))
                .containsExactlyInAnyOrder("2026年第1期（总第500期）", "2026年第2期（总第501期）");
    }

    @Test
    void aMergedHolidayWeekWidensTheNextPeriod() {
        at(2026, 2, 20, 10, 0);
        Bulletin bulletin = scheduled(HolidayWeekRule.MERGE);
        at(2026, 3, 2, 9, 0);
        jobs.awaitIdle();
        List<Issue> opened = issuesOf(bulletin);
        assertThat(opened).extracting(Issue::periodStart, Issue::periodEnd)
                .contains(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void anOccurrenceOpensExactlyOnceWhenTwoAttemptsRaceForIt() throws Exception {
        at(2026, 3, 2, 10, 0);
        Bulletin bulletin = scheduled(HolidayWeekRule.SKIP);
        LocalDate periodStart = LocalDate.of(2026, 3, 2);
        at(2026, 3, 9, 8, 0);
        jobs.awaitIdle();
        assertThat(issuesOf(bulletin)).isEmpty();
        // Hold the engine's timer back while two other attempts race, then let it fire as well.
        String timer = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("schedule-" + bulletin.id())
                .singleResult().getId();
        runtimeService.suspendProcessInstanceById(timer);
        at(2026, 3, 9, 9, 0);
        // Two nodes (threads, each its own transaction) try to open the same due occurrence at once.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ScheduledOpener.Outcome> attempt = () -> transactions.write(() -> opener.openDue(bulletin.id(), periodStart));
            List<Future<ScheduledOpener.Outcome>> results = new ArrayList<>(List.of(pool.submit(attempt), pool.submit(attempt)));
            List<ScheduledOpener.Outcome> outcomes = new ArrayList<>();
            for (Future<ScheduledOpener.Outcome> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(ScheduledOpener.Outcome.OPENED, ScheduledOpener.Outcome.ALREADY_OPENED);
        } finally {
            pool.shutdown();
        }
        // The engine's timer for the same occurrence fires too, and finds it opened.
        runtimeService.activateProcessInstanceById(timer);
        jobs.awaitIdle();
        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(timer).eventName("scheduleChanged")
                .count()).isEqualTo(1);
        assertThat(issuesOf(bulletin)).hasSize(1);
        assertThat(transactions.write(() -> opener.openDue(bulletin.id(), periodStart)))
                .isEqualTo(ScheduledOpener.Outcome.ALREADY_OPENED);
        assertThat(issuesOf(bulletin)).hasSize(1);
        assertThat(schedules.occurrence(user("editor"), bulletin.id(), periodStart).status()).isEqualTo(OccurrenceStatus.OPENED);
    }

    private Bulletin scheduled(HolidayWeekRule weekRule) {
        Bulletin bulletin = newBulletin(TestBulletins.small());
        schedules.save(user("sysadmin"), bulletin.id(), command(true, weekRule, null));
        return bulletin;
    }

    /** The previous working week; opens Monday 09:00, due Wednesday 17:00; reminder 24 hours before. */
    static ScheduleService.ScheduleCommand command(boolean active, HolidayWeekRule weekRule, Integer version) {
        return new ScheduleService.ScheduleCommand(active, Cadence.WEEKLY, PeriodChoice.PREVIOUS, 1, "09:00", 3, "17:00",
                24, ShiftRule.NEXT_WORKDAY, weekRule, version, false);
    }

    private List<Issue> issuesOf(Bulletin bulletin) {
        return issueService.issues(user("editor"), bulletin.id(), null, new PageRequest(0, 50)).items();
    }

    private void at(int year, int month, int day, int hour, int minute) {
        jobs.setClock(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant());
    }

    private static LocalDateTime local(Issue issue) {
        return LocalDateTime.ofInstant(issue.deadline(), ZONE);
    }
}
