package cn.scgov.bulletin.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of attachments ({@code bulletin.attachment.*}). {@code spring.servlet.multipart.max-file-size}
 * must be at least {@code maxFileSize}, or Spring refuses the upload before these rules see it (also a 413).
 * Defaults in {@code application.yml}.
 *
 * @param maxFileSize  the largest file accepted
 * @param maxFiles     attachments per contribution
 * @param maxImageSide the longest side in pixels of an image
 */
@ConfigurationProperties("bulletin.attachment")
public record AttachmentSettings(DataSize maxFileSize, int maxFiles, int maxImageSide) {
}
