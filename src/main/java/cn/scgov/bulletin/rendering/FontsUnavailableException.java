package cn.scgov.bulletin.rendering;

import java.util.List;

/**
 * The PDF cannot be made with the fonts this server has: no Chinese TrueType font at all, or none
 * for some characters of the issue. Says what to install; answered as 503 (the server, not the
 * request, needs fixing), and fails the freezing job so that it is retried.
 */
public class FontsUnavailableException extends RuntimeException {

    /** The Debian packages of the fonts the PDF is laid out with. */
    public static final List<String> BASE_PACKAGES = List.of("fonts-arphic-gbsn00lp", "fonts-arphic-gkai00mp",
            "fonts-wqy-zenhei");
    /** The Debian packages for rare characters (CJK extensions) and symbols (emoji). */
    public static final List<String> EXTRA_PACKAGES = List.of("fonts-hanazono", "fonts-symbola");

    private final List<String> packages;

    FontsUnavailableException(String message, List<String> packages) {
        super(message);
        this.packages = List.copyOf(packages);
    }

    public List<String> packages() {
        return packages;
    }
}
