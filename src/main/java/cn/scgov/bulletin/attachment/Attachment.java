package cn.scgov.bulletin.attachment;

import java.time.Instant;

/** A file attached to a contribution (without its bytes); {@code width}/{@code height} for images only. */
public record Attachment(long id, long contributionId, long issueId, String departmentCode, String fileName,
        AttachmentKind kind, long size, String sha256, Integer width, Integer height, String uploadedBy,
        Instant uploadedAt) {

    public String contentType() {
        return kind.contentType();
    }

    public boolean image() {
        return kind.image();
    }
}
