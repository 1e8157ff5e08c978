package cn.scgov.bulletin.dashboard;

import cn.scgov.bulletin.dashboard.internal.TimelinessRepository;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;

/** How one department's contribution to one issue counts (the rules in {@link TimelinessService}). */
record Timeliness(long issueId, String departmentCode, Outcome outcome, boolean returned, Long secondsToSubmit) {

    enum Outcome {
        ON_TIME, LATE, NOT_SUBMITTED, NOTHING_TO_REPORT, PENDING
    }

    static Timeliness of(TimelinessRepository.ContributionRow row, Issue issue) {
        Outcome outcome;
        Long secondsToSubmit = null;
        if ("NOTHING_TO_REPORT".equals(row.status())) {
            outcome = Outcome.NOTHING_TO_REPORT;
        } else if (row.firstSubmittedAt() != null) {
            outcome = row.firstSubmittedAt().isAfter(issue.deadline()) ? Outcome.LATE : Outcome.ON_TIME;
            secondsToSubmit = StageTimes.seconds(issue.openedAt(), row.firstSubmittedAt());
        } else if ("NOT_SUBMITTED".equals(row.status()) || issue.collectionClosed()
                || issue.status() != IssueStatus.COLLECTING) {
            outcome = Outcome.NOT_SUBMITTED;
        } else {
            outcome = Outcome.PENDING;
        }
        return new Timeliness(row.issueId(), row.departmentCode(), outcome, row.returnedAt() != null, secondsToSubmit);
    }
}
