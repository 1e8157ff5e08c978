package cn.scgov.bulletin.inbox;

import java.time.Instant;

/** Optional filters of an inbox list. */
public record InboxFilter(Long bulletinId, Long issueId, String departmentCode, Instant dueBefore) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null);
    }
}
