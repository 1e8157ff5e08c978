package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.bulletin.BulletinForm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.scgov.bulletin.bulletin.BulletinForm.ChecklistItemForm;
import cn.scgov.bulletin.bulletin.BulletinForm.ColophonForm;
import cn.scgov.bulletin.bulletin.BulletinForm.MetricForm;
import cn.scgov.bulletin.bulletin.BulletinForm.SectionForm;
import cn.scgov.bulletin.bulletin.BulletinForm.StepForm;
import cn.scgov.bulletin.directory.Role;

/**
 * The editor's structural buttons (add, move, nest, remove) applied to the posted form without
 * saving. Each returns the id of the element the page should bring back into view and focus.
 * Unknown or out-of-range operations change nothing.
 */
final class BulletinFormEditor {

    static final int MAX_HEADING_LEVELS = 6;

    private BulletinFormEditor() {
    }

    public static String apply(BulletinForm form, String op) {
        normalise(form.getSections());
        String[] parts = op == null ? new String[0] : op.split(":");
        if (parts.length == 0) {
            return null;
        }
        int i = index(parts, 1);
        int j = index(parts, 2);
        List<SectionForm> sections = form.getSections();
        String focus = switch (parts[0]) {
            case "section-add" -> addSection(form, sections.size(), 0);
            case "section-add-child" -> valid(sections, i) ? addSection(form, end(sections, i), sections.get(i).level() + 1) : null;
            case "section-up" -> moveUp(sections, i);
            case "section-down" -> moveDown(sections, i);
            case "section-indent" -> indent(sections, i);
            case "section-outdent" -> outdent(sections, i);
            case "section-delete" -> delete(sections, i);
            case "metric-add" -> valid(sections, i) ? add(sections.get(i).getMetrics(), newMetric(sections.get(i)), "s" + i + "-m") : null;
            case "metric-remove" -> valid(sections, i) ? remove(sections.get(i).getMetrics(), j, "s" + i + "-metrics") : null;
            case "check-add" -> valid(sections, i) ? add(sections.get(i).getChecklist(), new ChecklistItemForm(), "s" + i + "-c") : null;
            case "check-remove" -> valid(sections, i) ? remove(sections.get(i).getChecklist(), j, "s" + i + "-checklist") : null;
            case "style-add" -> form.getHeadingStyles().size() < MAX_HEADING_LEVELS
                    ? add(form.getHeadingStyles(), "（{n}）", "style") : null;
            case "style-remove" -> remove(form.getHeadingStyles(), i, "styles");
            case "step-add" -> add(form.getSignoffChain(), newStep(), "step");
            case "step-up" -> swap(form.getSignoffChain(), i - 1, i) ? "step" + (i - 1) : null;
            case "step-remove" -> remove(form.getSignoffChain(), i, "steps");
            case "colophon-add" -> add(form.getColophon(), new ColophonForm(), "colophon");
            case "colophon-remove" -> remove(form.getColophon(), i, "colophon-lines");
            default -> null;
        };
        normalise(sections);
        return focus;
    }

    /** Depths never jump: the first section is top level and each is at most one deeper than the one before. */
    static void normalise(List<SectionForm> sections) {
        int previous = -1;
        for (SectionForm section : sections) {
            int level = Math.min(section.level(), previous + 1);
            section.level(level);
            previous = level;
        }
    }

    private static String addSection(BulletinForm form, int at, int level) {
        SectionForm section = new SectionForm();
        section.setKey(freshKey(form.getSections()));
        section.level(level);
        form.getSections().add(at, section);
        return "s" + at;
    }

    /** Moves a section, with its subsections, above its previous sibling. */
    private static String moveUp(List<SectionForm> sections, int i) {
        int previous = previousSibling(sections, i);
        if (previous < 0) {
            return null;
        }
        List<SectionForm> block = cut(sections, i);
        sections.addAll(previous, block);
        return "s" + previous;
    }

    /** Moves a section, with its subsections, below its next sibling. */
    private static String moveDown(List<SectionForm> sections, int i) {
        if (!valid(sections, i)) {
            return null;
        }
        int next = end(sections, i);
        if (next >= sections.size() || sections.get(next).level() != sections.get(i).level()) {
            return null;
        }
        int nextEnd = end(sections, next);
        List<SectionForm> block = cut(sections, i);
        int at = nextEnd - block.size();
        sections.addAll(at, block);
        return "s" + at;
    }

    /** Makes a section (with its subsections) the last subsection of its previous sibling. */
    private static String indent(List<SectionForm> sections, int i) {
        if (previousSibling(sections, i) < 0) {
            return null;
        }
        int end = end(sections, i);
        for (int k = i; k < end; k++) {
            sections.get(k).level(sections.get(k).level() + 1);
        }
        return "s" + i;
    }

    /** Lifts a section (with its subsections) out of its parent, placing it right after the parent. */
    private static String outdent(List<SectionForm> sections, int i) {
        if (!valid(sections, i) || sections.get(i).level() == 0) {
            return null;
        }
        int parent = i - 1;
        while (sections.get(parent).level() >= sections.get(i).level()) {
            parent--;
        }
        int parentEnd = end(sections, parent);
        List<SectionForm> block = cut(sections, i);
        block.forEach(section -> section.level(section.level() - 1));
        int at = parentEnd - block.size();
        sections.addAll(at, block);
        return "s" + at;
    }

    private static String delete(List<SectionForm> sections, int i) {
        if (!valid(sections, i)) {
            return null;
        }
        cut(sections, i);
        return sections.isEmpty() ? "sections" : "s" + Math.min(i, sections.size() - 1);
    }

    /** The index just past a section's subsections. */
    private static int end(List<SectionForm> sections, int i) {
        int end = i + 1;
        while (end < sections.size() && sections.get(end).level() > sections.get(i).level()) {
            end++;
        }
        return end;
    }

    private static int previousSibling(List<SectionForm> sections, int i) {
        if (!valid(sections, i)) {
            return -1;
        }
        int level = sections.get(i).level();
        for (int k = i - 1; k >= 0; k--) {
            if (sections.get(k).level() == level) {
                return k;
            }
            if (sections.get(k).level() < level) {
                return -1;
            }
        }
        return -1;
    }

    private static List<SectionForm> cut(List<SectionForm> sections, int i) {
        List<SectionForm> view = sections.subList(i, end(sections, i));
        List<SectionForm> block = new ArrayList<>(view);
        view.clear();
        return block;
    }

    private static String freshKey(List<SectionForm> sections) {
        Set<String> taken = new HashSet<>();
        sections.forEach(section -> taken.add(section.getKey()));
        int n = sections.size() + 1;
        while (taken.contains("section-" + n)) {
            n++;
        }
        return "section-" + n;
    }

    private static MetricForm newMetric(SectionForm section) {
        MetricForm metric = new MetricForm();
        metric.setKey("metric" + (section.getMetrics().size() + 1));
        return metric;
    }

    private static StepForm newStep() {
        StepForm step = new StepForm();
        step.setRole(Role.LEADER.name());
        return step;
    }

    private static <T> String add(List<T> list, T item, String focusPrefix) {
        list.add(item);
        return focusPrefix + (list.size() - 1);
    }

    private static <T> String remove(List<T> list, int i, String focus) {
        if (i < 0 || i >= list.size()) {
            return null;
        }
        list.remove(i);
        return focus;
    }

    private static <T> boolean swap(List<T> list, int a, int b) {
        if (a < 0 || b < 0 || a >= list.size() || b >= list.size()) {
            return false;
        }
        list.set(a, list.set(b, list.get(a)));
        return true;
    }

    private static boolean valid(List<?> list, int i) {
        return i >= 0 && i < list.size();
    }

    private static int index(String[] parts, int at) {
        try {
            return parts.length > at ? Integer.parseInt(parts[at]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
