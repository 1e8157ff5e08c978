package cn.scgov.bulletin.attachment;

import java.util.Arrays;
import java.util.Optional;

/** What an attachment is, as its content showed on upload; the content type it is always served as. */
public enum AttachmentKind {
    PNG("image/png", ".png", "PNG 图片"),
    JPEG("image/jpeg", ".jpg", "JPEG 图片"),
    PDF("application/pdf", ".pdf", "PDF 文件"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word 文档"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel 表格");

    private final String contentType;
    private final String extension;
    private final String label;

    AttachmentKind(String contentType, String extension, String label) {
        this.contentType = contentType;
        this.extension = extension;
        this.label = label;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public boolean image() {
        return this == PNG || this == JPEG;
    }

    public static Optional<AttachmentKind> of(String contentType) {
        return Arrays.stream(values()).filter(kind -> kind.contentType.equals(contentType)).findFirst();
    }
}
