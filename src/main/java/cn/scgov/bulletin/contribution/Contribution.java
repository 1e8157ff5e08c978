package cn.scgov.bulletin.contribution;

import java.time.Instant;
import java.util.List;

/** One department's contribution to one issue, with its current items. */
public record Contribution(long id, long issueId, String departmentCode, ContributionStatus status, boolean overdue,
        int revision, String returnReason, String returnedBy, Instant returnedAt, String submittedBy,
        Instant submittedAt, String reviewedBy, Instant reviewedAt, String updatedBy, Instant updatedAt, int version,
        List<ContributionItem> items) {
}
