package cn.scgov.bulletin.contribution;

import java.time.Instant;
import java.util.List;

/** The items as they were when submitted for the n-th time. */
public record ContributionRevision(int revision, String author, Instant createdAt, List<RevisionItem> items) {

    public record RevisionItem(long sectionId, String text) {
    }
}
