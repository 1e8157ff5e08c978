package cn.scgov.bulletin.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The fonts PDFs are laid out with, from the directories in {@code bulletin.rendering.font-directories}.
 * Each typeface of GB/T 9704 takes the office font when the directory has it (仿宋_GB2312 …) and
 * otherwise the closest free one (AR PL SungtiL GB for 仿宋, 宋体 and 小标宋, AR PL KaitiM GB for 楷体,
 * WenQuanYi Zen Hei for 黑体). Characters those lack (rare characters, emoji) come from any other face
 * that has them, so a PDF never shows a missing glyph: without such a face it is not made at all.
 * The chosen faces stay parsed; since glyphs are read from them lazily, one PDF is laid out at a time.
 */
@Component
class PdfFonts implements DisposableBean {

    private final List<Path> directories;
    private final ReentrantLock lock = new ReentrantLock();
    /** Not a cache: the role faces parsed once and held open until the node stops (closed in {@link #destroy}). */
    private final Map<FontFace, FontFace.Opened> opened = new HashMap<>();
    /** This node's fonts, scanned at first use; a failed scan is tried again at the next use. */
    private final SingletonSupplier<Catalog> catalog = SingletonSupplier.of(this::scan);

    PdfFonts(RenderingSettings settings) {
        this.directories = settings.fontDirectories().stream().filter(d -> !d.isBlank()).map(d -> Path.of(d.strip())).toList();
    }

    /** The faces for each role and the further faces {@code text} needs. */
    record Selection(Map<FontRole, FontFace> roles, List<FontFace> fallbacks) {

        /** Role faces first (each once), then the fallbacks. */
        List<FontFace> faces() {
            Set<FontFace> faces = new LinkedHashSet<>(roles.values());
            faces.addAll(fallbacks);
            return List.copyOf(faces);
        }
    }

    private record Catalog(List<FontFace> faces, Map<FontRole, FontFace> roles) {
    }

    Selection select(String text) {
        Catalog current = catalog();
        Set<FontFace> chosen = new LinkedHashSet<>(current.roles().values());
        List<FontFace> fallbacks = new ArrayList<>();
        Set<Integer> missing = new java.util.TreeSet<>();
        text.codePoints().distinct().filter(codePoint -> !ignorable(codePoint)).forEach(codePoint -> {
            if (chosen.stream().anyMatch(face -> face.covers(codePoint))) {
                return;
            }
            current.faces().stream().filter(face -> face.covers(codePoint)).findFirst().ifPresentOrElse(face -> {
                chosen.add(face);
                fallbacks.add(face);
            }, () -> missing.add(codePoint));
        });
        if (!missing.isEmpty()) {
            String characters = missing.stream().limit(12)
                    .map(cp -> new String(Character.toChars(cp)) + "（U+" + Integer.toHexString(cp).toUpperCase() + "）")
                    .collect(Collectors.joining("、"));
            throw new FontsUnavailableException("以下字符在服务器的字体中都没有，PDF 无法正确显示：" + characters
                    + "。请安装 Debian 软件包 " + String.join(" ", FontsUnavailableException.EXTRA_PACKAGES)
                    + "（生僻字、符号和表情），或把含这些字符的 TrueType 字体放入 " + directoriesText() + "，然后重试。",
                    FontsUnavailableException.EXTRA_PACKAGES);
        }
        return new Selection(current.roles(), fallbacks);
    }

    /** Runs {@code work} holding the lock under which role faces are read. */
    <T> T exclusively(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** A role face, parsed once and kept; call under {@link #exclusively}. */
    FontFace.Opened kept(FontFace face) {
        return opened.computeIfAbsent(face, f -> {
            try {
                return f.open();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + f.path(), e);
            }
        });
    }

    boolean isRoleFace(FontFace face) {
        return catalog().roles().containsValue(face);
    }

    /** Zero-width characters that select variants or join emoji: they need no glyph and are left out of PDFs. */
    static boolean ignorable(int codePoint) {
        return codePoint == 0x00AD || codePoint >= 0x200B && codePoint <= 0x200F || codePoint >= 0x2060 && codePoint <= 0x2064
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint == 0xFEFF || codePoint >= 0xE0000 && codePoint <= 0xE0FFF
                || codePoint == '\n';
    }

    private Catalog catalog() {
        return catalog.obtain();
    }

    /** Scans again on every call until a Chinese face is found, so installing fonts needs no restart. */
    private Catalog scan() {
        List<FontFace> faces = FontCatalog.scan(directories);
        List<FontFace> chinese = faces.stream().filter(FontFace::chinese).toList();
        if (chinese.isEmpty()) {
            throw new FontsUnavailableException("服务器上没有可嵌入 PDF 的中文 TrueType 字体（已查找 " + directoriesText()
                    + "）。请安装 Debian 软件包 " + String.join(" ", FontsUnavailableException.BASE_PACKAGES)
                    + "，或把仿宋_GB2312、楷体_GB2312、黑体、方正小标宋简体的 TrueType 字体文件放入上述目录"
                    + "（设置 bulletin.rendering.font-directories），然后重试。OpenType/CFF 字体（如 Noto CJK）无法嵌入。",
                    FontsUnavailableException.BASE_PACKAGES);
        }
        Map<FontRole, FontFace> roles = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            roles.put(role, choose(role, chinese));
        }
        return new Catalog(faces, roles);
    }

    private static FontFace choose(FontRole role, List<FontFace> chinese) {
        for (String name : role.screen()) {
            for (FontFace face : chinese) {
                if (face.named(name)) {
                    return face;
                }
            }
        }
        String[] words = switch (role) {
            case KAI -> new String[] {"kai", "楷"};
            case HEI -> new String[] {"hei", "黑", "gothic", "sans"};
            default -> new String[] {"fangsong", "仿宋", "sung", "song", "宋", "ming", "明"};
        };
        return chinese.stream().filter(face -> face.nameContains(words)).findFirst().orElse(chinese.get(0));
    }

    private String directoriesText() {
        return directories.stream().map(Path::toString).collect(Collectors.joining("、"));
    }

    @Override
    public void destroy() throws IOException {
        lock.lock();
        try {
            for (FontFace.Opened face : opened.values()) {
                face.close();
            }
            opened.clear();
        } finally {
            lock.unlock();
        }
    }
}
