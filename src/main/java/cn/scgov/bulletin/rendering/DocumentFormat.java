package cn.scgov.bulletin.rendering;

import java.util.Arrays;
import java.util.Optional;

/** The four files of an issue, by the extension the API serves them under. */
public enum DocumentFormat {
    TXT("txt", "text/plain;charset=UTF-8", true),
    HTML("html", "text/html;charset=UTF-8", true),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
    PDF("pdf", "application/pdf", true);

    private final String extension;
    private final String mediaType;
    private final boolean inline;

    DocumentFormat(String extension, String mediaType, boolean inline) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.inline = inline;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether browsers should show it rather than save it. */
    public boolean inline() {
        return inline;
    }

    public static Optional<DocumentFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equalsIgnoreCase(extension)).findFirst();
    }
}
