package cn.scgov.bulletin.attachment;

import java.util.Locale;

/** The name a file is kept and offered under: the uploader's, cleaned, ending as its content is. */
final class FileNames {

    private static final int MAX = 200;

    private FileNames() {
    }

    static String clean(String original, AttachmentKind kind) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?]", "").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "附件";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean fits = lower.endsWith(kind.extension()) || kind == AttachmentKind.JPEG && lower.endsWith(".jpeg");
        String suffix = fits ? "" : kind.extension();
        if (name.codePointCount(0, name.length()) + suffix.length() > MAX) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX - suffix.length()));
        }
        return name + suffix;
    }
}
