package cn.scgov.bulletin.distribution;

import java.time.Instant;

import cn.scgov.bulletin.bulletin.ColophonKind;

/** One recipient's copy of a distributed issue. */
public record Delivery(long id, long issueId, String recipient, ColophonKind colophonKind, Instant deliveredAt,
        Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
