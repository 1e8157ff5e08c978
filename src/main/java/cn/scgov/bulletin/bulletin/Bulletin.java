package cn.scgov.bulletin.bulletin;

import java.time.Instant;

/** A bulletin with its current definition. */
public record Bulletin(long id, String code, boolean active, int version, Instant updatedAt, String updatedBy,
        BulletinDefinition definition) {

    public String title() {
        return definition.title();
    }
}
