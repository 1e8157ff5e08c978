package cn.scgov.bulletin.bulletin;

import java.util.ArrayList;
import java.util.List;

import cn.scgov.bulletin.bulletin.BulletinForm.SectionForm;

/**
 * The heading number each section of the edited outline will carry (一、（一）1.（1）…), by the same
 * {@link OutlineNumbering} as the documents, so the administrator sees the outline as the issue will
 * print it when every section has something to print (a checklist's entries counted).
 */
public final class OutlineNumbers {

    private OutlineNumbers() {
    }

    public static List<String> of(BulletinForm form) {
        List<SectionForm> rows = form.getSections();
        List<OutlineNumbering.Section> sections = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SectionForm row = rows.get(i);
            int level = Math.min(row.level(), open.size());
            while (open.size() > level) {
                open.remove(open.size() - 1);
            }
            boolean checklist = SectionKind.CHECKLIST.name().equals(row.getKind());
            String itemStyle = row.getItemStyle() == null || row.getItemStyle().isBlank() ? null : row.getItemStyle().strip();
            sections.add(new OutlineNumbering.Section(i, open.isEmpty() ? null : open.get(open.size() - 1), itemStyle,
                    row.isNumberItems(), true, List.of(), checklist ? row.getChecklist().size() : 0));
            open.add((long) i);
        }
        List<String> styles = form.getHeadingStyles().stream().map(style -> style == null ? "" : style).toList();
        OutlineNumbering.Numbers numbers = OutlineNumbering.number(styles, sections);
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            headings.add(rows.get(i).level() < styles.size() ? numbers.heading(i) : "");
        }
        return headings;
    }

    /** Chinese numerals as outlines need them. */
    public static String numeral(int n) {
        return OutlineNumbering.chineseNumeral(n);
    }
}
