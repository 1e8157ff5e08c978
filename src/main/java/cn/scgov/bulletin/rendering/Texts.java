package cn.scgov.bulletin.rendering;

import java.util.List;

import cn.scgov.bulletin.bulletin.PrintableText;

/**
 * Cleans user text for every format, as {@link PrintableText} defines it (the compile page numbers
 * by the same rules): characters XML cannot carry are dropped, tabs become spaces, and text is split
 * into paragraphs at line breaks of every kind. Everything else, markup included, is kept as text;
 * each renderer escapes it its own way.
 */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        return PrintableText.clean(text);
    }

    /** The non-blank paragraphs of a text, each stripped. */
    static List<String> paragraphs(String text) {
        return PrintableText.paragraphs(text);
    }

    static String line(String text) {
        return PrintableText.line(text);
    }
}
