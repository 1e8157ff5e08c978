package cn.scgov.bulletin.rendering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the TrueType faces in the configured font directories (.ttf and .ttc). Faces openhtmltopdf
 * cannot embed are left out: CFF outlines (OpenType/CFF such as Noto CJK), bitmap-only faces and
 * faces whose licence forbids embedding.
 */
final class FontCatalog {

    private static final Logger log = LoggerFactory.getLogger(FontCatalog.class);
    private static final int MAX_DEPTH = 6;
    private static final Set<Integer> NAME_IDS = Set.of(1, 4, 16);

    private FontCatalog() {
    }

    static List<FontFace> scan(List<Path> directories) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(directory, MAX_DEPTH)) {
                walk.filter(Files::isRegularFile).filter(FontCatalog::fontFile).map(FontCatalog::real).sorted()
                        .forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                log.warn("Cannot read font directory {}: {}", directory, e.toString());
            }
        }
        List<FontFace> faces = new ArrayList<>();
        for (Path file : files) {
            try {
                read(file, faces);
            } catch (IOException | RuntimeException e) {
                log.debug("Skipping font {}: {}", file, e.toString());
            }
        }
        faces.sort(Comparator.comparing((FontFace face) -> !face.chinese()).thenComparing(face -> !face.regular())
                .thenComparing(face -> face.path().toString()));
        return faces;
    }

    private static void read(Path file, List<FontFace> faces) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                collection.processAllFonts(font -> {
                    FontFace face = face(file, font, true);
                    if (face != null) {
                        faces.add(face);
                    }
                });
            }
            return;
        }
        try (TrueTypeFont font = new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            FontFace face = face(file, font, false);
            if (face != null) {
                faces.add(face);
            }
        }
    }

    private static FontFace face(Path file, TrueTypeFont font, boolean inCollection) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript() || font.getGlyph() == null || !embeddable(font)) {
            return null;
        }
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return null;
        }
        BitSet coverage = new BitSet();
        for (int codePoint = 0x20; codePoint <= 0x10FFFF; codePoint++) {
            if (cmap.getGlyphId(codePoint) > 0) {
                coverage.set(codePoint);
            }
        }
        boolean chinese = FontFace.CHINESE_PROBE.codePoints().allMatch(coverage::get);
        List<String> names = new ArrayList<>();
        String subfamily = "";
        if (font.getNaming() != null) {
            for (NameRecord record : font.getNaming().getNameRecords()) {
                if (NAME_IDS.contains(record.getNameId()) && record.getString() != null && !names.contains(record.getString())) {
                    names.add(record.getString());
                } else if (record.getNameId() == 2 && record.getString() != null) {
                    subfamily = record.getString().toLowerCase(Locale.ROOT);
                }
            }
        }
        names.add(font.getName());
        boolean regular = subfamily.isEmpty() || Set.of("regular", "book", "normal", "medium", "roman").contains(subfamily);
        return new FontFace(file, font.getName(), inCollection, List.copyOf(names), chinese, regular, coverage);
    }

    /** The OS/2 licensing bits: restricted (2) or bitmap-only (0x200) faces may not be embedded. */
    private static boolean embeddable(TrueTypeFont font) throws IOException {
        if (font.getOS2Windows() == null) {
            return true;
        }
        int fsType = font.getOS2Windows().getFsType();
        return (fsType & 0x000F) != 0x0002 && (fsType & 0x0200) == 0;
    }

    private static boolean fontFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf");
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath();
        }
    }
}
