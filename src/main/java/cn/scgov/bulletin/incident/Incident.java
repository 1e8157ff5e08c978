package cn.scgov.bulletin.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One failed engine job as the system administrator sees it: where it stands ({@link State}), the issue
 * its process belongs to (when it is an issue's), the activity, retries left and the error.
 */
public record Incident(String jobId, State state, String jobType, String processInstanceId, String process, Long issueId,
        String issueTitle, LocalDate periodStart, LocalDate periodEnd, String activityId, String activityName,
        int retries, Instant dueAt, Instant createdAt, String exceptionMessage) {

    /** Dead letters come first: nothing runs them again until someone retries them. */
    public enum State {
        /** Out of retries: parked until someone retries it. */
        DEAD_LETTER,
        /** Failed and waiting for its next attempt (the engine keeps such jobs with the timers). */
        FAILED,
        /** Failed before and now queued to run again (retried, or its next attempt is due): nothing to retry. */
        QUEUED;

        public boolean retryable() {
            return this != QUEUED;
        }
    }

    /** What a retry did to one job: RETRIED, or why not (NOT_FOUND, CONFLICT) with the message. */
    public record RetryResult(String jobId, String activityId, Long issueId, String outcome, String message) {
    }
}
