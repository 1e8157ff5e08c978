package cn.scgov.bulletin.rendering;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * One TrueType face found in the font directories: where it is (a .ttc holds several, found by
 * PostScript name), its family names in every language, whether it is a Chinese font, and which
 * characters it has.
 */
record FontFace(Path path, String postScriptName, boolean inCollection, List<String> names, boolean chinese,
        boolean regular, BitSet coverage) {

    /** Characters every Chinese body font has; a face without them is not one. */
    static final String CHINESE_PROBE = "中华人民共和国政务服务窗口工作周报一二三四五六七八九十";

    /** A face is where it is; its names and coverage follow from that (and are costly to compare). */
    @Override
    public boolean equals(Object other) {
        return other instanceof FontFace face && face.path.equals(path) && face.postScriptName.equals(postScriptName);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + postScriptName.hashCode();
    }

    boolean covers(int codePoint) {
        return coverage.get(codePoint);
    }

    /** Whether any of the face's names is {@code name}, ignoring case and spaces. */
    boolean named(String name) {
        String wanted = key(name);
        return names.stream().anyMatch(n -> key(n).equals(wanted));
    }

    /** Whether any of the face's names contains one of the words (ignoring case). */
    boolean nameContains(String... words) {
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (lower.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Parses the face again; the caller closes what it gets. */
    Opened open() throws IOException {
        if (!inCollection) {
            TrueTypeFont font = new OTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            return new Opened(font, font);
        }
        TrueTypeCollection collection = new TrueTypeCollection(new File(path.toString()));
        TrueTypeFont font = collection.getFontByName(postScriptName);
        if (font == null) {
            collection.close();
            throw new IOException("Face " + postScriptName + " not found in " + path);
        }
        return new Opened(font, collection);
    }

    private static String key(String name) {
        return name.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** A parsed face and what to close when done with it (the face, or the collection it came from). */
    record Opened(TrueTypeFont font, Closeable owner) implements Closeable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }
}
