package cn.scgov.bulletin.rendering;

import java.time.Instant;

/**
 * One file of an issue: the frozen file stored at sign-off (served byte-identical, {@code frozen}),
 * or a draft preview rendered for the request.
 */
public record RenderedDocument(DocumentFormat format, byte[] content, String fileName, String sha256, boolean frozen,
        Instant renderedAt) {
}
