package cn.scgov.bulletin.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Timeliness of one bulletin's year: per department and per issue. Durations are whole seconds (the
 * database keeps times to the second); a median of an even count is the mean of the two middle values,
 * so it may end in .5. A stage not reached yet is null.
 */
public record TimelinessReport(long bulletinId, String bulletinTitle, int year, Instant generatedAt,
        Totals totals, List<DepartmentRow> departments, List<IssueRow> issues) {

    /** The counts over every department and issue of the year. */
    public record Totals(int issues, int distributed, int contributions, int onTime, int late, int notSubmitted,
            int nothingToReport, int pending, int returned, BigDecimal medianSecondsToSubmit) {
    }

    /** One department over the year. {@code pending}: issues still collecting that it has not answered yet. */
    public record DepartmentRow(String departmentCode, String departmentName, int contributions, int onTime, int late,
            int notSubmitted, int nothingToReport, int pending, int returned, BigDecimal medianSecondsToSubmit) {

        /** What the year-end report ranks by. */
        public int lateOrNotSubmitted() {
            return late + notSubmitted;
        }
    }

    /** One issue: where its time went, from opening to distribution, then acknowledgement. */
    public record IssueRow(long issueId, String issueLine, LocalDate periodStart, LocalDate periodEnd, String status,
            String statusLabel, Instant openedAt, Instant deadline, Instant distributedAt, Long secondsToDistribution,
            Stages stages, int recipients, int acknowledged, int onTime, int late, int notSubmitted,
            int nothingToReport, int returned) {
    }

    /**
     * Seconds per stage; drafting + review + compile + sign-off = opening to distribution. Drafting: from
     * opening until the last department's draft task ended; review: from then until the compilation
     * began; compile: time the compile task was open (every round, also after a return from sign-off);
     * sign-off: the rest until distribution (approvals, returns, numbering and freezing); acknowledgement:
     * from distribution to the last recipient's acknowledgement (null until all have acknowledged).
     */
    public record Stages(Long drafting, Long review, Long compile, Long signoff, Long acknowledgement) {
    }
}
