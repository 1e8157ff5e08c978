package cn.scgov.bulletin.inbox;

import java.time.Instant;

import cn.scgov.bulletin.shared.SearchTerms;

/** Optional filters of an inbox list; {@code text}: free text every term of which a task must match. */
public record InboxFilter(Long bulletinId, Long issueId, String departmentCode, Instant dueBefore, SearchTerms text) {

    public InboxFilter {
        text = text == null ? SearchTerms.of(null) : text;
    }

    public InboxFilter(Long bulletinId, Long issueId, String departmentCode, Instant dueBefore) {
        this(bulletinId, issueId, departmentCode, dueBefore, null);
    }

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null);
    }
}
