package cn.scgov.bulletin.bulletin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one numbering of an issue's outline, used by the document, the compile page and the outline
 * editor's preview, so that they never disagree. A section at depth d prints with heading style d,
 * counted among the sections printed beside it; a section with nothing to print (no intro or
 * sentence, no printed item or checklist entry, in it or below it) is left out and the sections
 * after it are numbered as printed. Its numbered items and its checklist entries take the
 * section's own item style or else style d+1; when that is style d+1, its subsections continue the
 * same sequence. Deeper than the styles go, the deepest style repeats.
 */
public final class OutlineNumbering {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private OutlineNumbering() {
    }

    /**
     * A section as numbering sees it, in reading order (a parent before its subsections).
     * {@code items} holds the text of each item in order, null for an item that is not printed
     * (excluded by the editor); {@code ownText} is whether its intro or sentence prints.
     */
    public record Section(long id, Long parentId, String itemStyle, boolean numberItems, boolean ownText,
            List<String> items, int checklistEntries) {

        public Section {
            items = items == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /**
     * The numbers: per section its depth (1 = top), its heading number (null when the section does not
     * print), the number of each item (null when unnumbered or not printed) and of each checklist entry.
     */
    public record Numbers(Map<Long, Integer> depths, Map<Long, String> headings, Map<Long, List<String>> items,
            Map<Long, List<String>> checklist) {

        public boolean printed(long sectionId) {
            return headings.get(sectionId) != null;
        }

        public String heading(long sectionId) {
            return headings.get(sectionId);
        }

        public List<String> items(long sectionId) {
            return items.getOrDefault(sectionId, List.of());
        }

        public List<String> checklist(long sectionId) {
            return checklist.getOrDefault(sectionId, List.of());
        }

        /** A section's depth: 1 for the top level. */
        public int depth(long sectionId) {
            return depths.getOrDefault(sectionId, 1);
        }
    }

    public static Numbers number(List<String> headingStyles, List<Section> sections) {
        return new Walk(headingStyles, sections).run();
    }

    /** The item style of a section at a depth: its own, or the next level's heading style. */
    public static String itemStyle(List<String> headingStyles, String ownStyle, int depth) {
        return ownStyle != null ? ownStyle : style(headingStyles, depth + 1);
    }

    /** The heading style of a depth (1 = top); deeper than the styles go, the deepest repeats. */
    public static String style(List<String> headingStyles, int depth) {
        if (headingStyles.isEmpty()) {
            return "{n}.";
        }
        return headingStyles.get(Math.max(0, Math.min(depth, headingStyles.size()) - 1));
    }

    /** A number in a style: {cn} is written 一, 二 … 十一 …, {n} 1, 2 …. */
    public static String format(String style, int n) {
        return style.replace("{cn}", chineseNumeral(n)).replace("{n}", String.valueOf(n));
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五. */
    public static String chineseNumeral(int n) {
        if (n <= 0) {
            return DIGITS[0];
        }
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        if (n < 100) {
            return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        if (n < 1000) {
            int rest = n % 100;
            String tail = rest == 0 ? "" : (rest < 10 ? "零" + DIGITS[rest] : (rest < 20 ? "一" + chineseNumeral(rest) : chineseNumeral(rest)));
            return DIGITS[n / 100] + "百" + tail;
        }
        return String.valueOf(n);
    }

    private static final class Walk {

        private final List<String> styles;
        private final Map<Long, List<Section>> children = new HashMap<>();
        private final Map<Long, Boolean> printable = new HashMap<>();
        private final Map<Long, Integer> depths = new HashMap<>();
        private final Map<Long, String> headings = new HashMap<>();
        private final Map<Long, List<String>> items = new HashMap<>();
        private final Map<Long, List<String>> checklist = new HashMap<>();

        Walk(List<String> styles, List<Section> sections) {
            this.styles = styles;
            for (Section section : sections) {
                children.computeIfAbsent(key(section.parentId()), k -> new ArrayList<>()).add(section);
            }
        }

        Numbers run() {
            sections(key(null), 1, 0);
            return new Numbers(depths, headings, items, checklist);
        }

        private void sections(long parent, int depth, int numbered) {
            int n = numbered;
            for (Section section : children.getOrDefault(parent, List.of())) {
                depths.put(section.id(), depth);
                boolean prints = printable(section);
                headings.put(section.id(), prints ? format(style(styles, depth), ++n) : null);
                String itemStyle = itemStyle(styles, section.itemStyle(), depth);
                int k = 0;
                List<String> itemNumbers = new ArrayList<>();
                for (String item : section.items()) {
                    boolean counted = prints && section.numberItems() && item != null && PrintableText.prints(item);
                    itemNumbers.add(counted ? format(itemStyle, ++k) : null);
                }
                List<String> entryNumbers = new ArrayList<>();
                for (int i = 0; i < section.checklistEntries(); i++) {
                    entryNumbers.add(format(itemStyle, ++k));
                }
                items.put(section.id(), itemNumbers);
                checklist.put(section.id(), entryNumbers);
                sections(section.id(), depth + 1, itemStyle.equals(style(styles, depth + 1)) ? k : 0);
            }
        }

        private boolean printable(Section section) {
            Boolean known = printable.get(section.id());
            if (known == null) {
                known = section.ownText() || section.checklistEntries() > 0
                        || section.items().stream().anyMatch(item -> item != null && PrintableText.prints(item))
                        || children.getOrDefault(section.id(), List.of()).stream().anyMatch(this::printable);
                printable.put(section.id(), known);
            }
            return known;
        }

        private static long key(Long parentId) {
            return parentId == null ? -1L : parentId;
        }
    }
}
