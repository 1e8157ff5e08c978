package cn.scgov.bulletin.compilation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.IssueSection;

/**
 * The compile page's reading of a {@link Compilation}: sections in outline order with the heading
 * number they will print with (一、 （一） 1. …), items numbered as they will print (only included
 * ones count), and what is still missing before the issue can go to sign-off.
 */
record CompilePage(Compilation compilation, List<SectionView> sections, List<String> missing) {

    record ItemView(CompiledItem item, String number, String departmentName) {

        public boolean editorItem() {
            return item.departmentCode() == null;
        }
    }

    record SectionView(Compilation.SectionWork work, String number, String itemStyle, List<ItemView> items) {

        /** The number the n-th item (or checklist entry) of this section prints with. */
        public String itemNumber(int n) {
            return IssueFormats.number(itemStyle, n);
        }

        public long id() {
            return work.section().id();
        }

        public IssueSection section() {
            return work.section();
        }

        public boolean narrative() {
            return work.section().kind() == SectionKind.NARRATIVE;
        }

        public boolean statistics() {
            return work.section().kind() == SectionKind.STATISTICS;
        }

        public boolean checklist() {
            return work.section().kind() == SectionKind.CHECKLIST;
        }

        /** Where the heading sits: level 1 (一、) to 4 ((1)); deeper sections look like level 4. */
        public int level() {
            return Math.min(work.section().depth(), 4);
        }

        public int includedCount() {
            return (int) work.items().stream().filter(CompiledItem::included).count();
        }
    }

    static CompilePage of(Compilation compilation, Map<String, String> departmentNames) {
        List<String> styles = compilation.issue().headingStyles();
        Map<Long, Integer> siblingsSeen = new HashMap<>();
        List<SectionView> sections = new ArrayList<>();
        for (Compilation.SectionWork work : compilation.sections()) {
            IssueSection section = work.section();
            long parent = section.parentId() == null ? -1L : section.parentId();
            int n = siblingsSeen.merge(parent, 1, Integer::sum);
            String number = IssueFormats.number(style(styles, section.depth() - 1), n);
            String itemStyle = section.itemStyle() != null ? section.itemStyle() : style(styles, section.depth());
            List<ItemView> items = new ArrayList<>();
            int counter = 0;
            for (CompiledItem item : work.items()) {
                String itemNumber = section.numberItems() && item.included()
                        ? IssueFormats.number(itemStyle, ++counter) : null;
                items.add(new ItemView(item, itemNumber, item.departmentCode() == null ? null
                        : departmentNames.getOrDefault(item.departmentCode(), item.departmentCode())));
            }
            sections.add(new SectionView(work, number, itemStyle, items));
        }
        return new CompilePage(compilation, sections, missing(compilation));
    }

    /** The same check {@link CompilationService#sendToSignoff} makes, shown before the editor tries. */
    static List<String> missing(Compilation compilation) {
        List<String> missing = new ArrayList<>();
        for (Compilation.SectionWork work : compilation.sections()) {
            work.figures().stream().filter(figure -> !figure.filled())
                    .forEach(figure -> missing.add(work.section().title() + "·" + figure.label()));
            work.checklist().stream().filter(entry -> entry.finding() == null || entry.finding().isBlank())
                    .forEach(entry -> missing.add(work.section().title() + "·" + entry.label()));
        }
        return missing;
    }

    SectionView section(long sectionId) {
        return sections.stream().filter(section -> section.id() == sectionId).findFirst()
                .orElseThrow(() -> new cn.scgov.bulletin.shared.NotFoundException("栏目不存在：" + sectionId));
    }

    /** The section an item belongs to, or null. */
    SectionView sectionOfItem(long itemId) {
        return sections.stream().filter(section -> section.items().stream().anyMatch(item -> item.item().id() == itemId))
                .findFirst().orElse(null);
    }

    CompiledItem item(long itemId) {
        SectionView section = sectionOfItem(itemId);
        if (section == null) {
            throw new cn.scgov.bulletin.shared.NotFoundException("条目不存在：" + itemId);
        }
        return section.items().stream().map(ItemView::item).filter(item -> item.id() == itemId).findFirst().orElseThrow();
    }

    private static String style(List<String> styles, int index) {
        if (styles.isEmpty()) {
            return "{n}.";
        }
        return styles.get(Math.max(0, Math.min(index, styles.size() - 1)));
    }
}
