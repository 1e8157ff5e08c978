package cn.scgov.bulletin.office;

import cn.scgov.bulletin.compilation.Compilation;
import cn.scgov.bulletin.compilation.CompiledItem;
import cn.scgov.bulletin.compilation.IssueContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.OutlineNumbering;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.issue.IssueSection;

/**
 * The compile page's reading of a {@link Compilation}: sections in outline order with the heading
 * number they will print with (一、 （一） 1. …), items numbered as they will print (only included
 * ones count), and what is still missing before the issue can go to sign-off. The numbers come from
 * {@link IssueContent#numbers}, the numbering the documents print with: a section with nothing to print
 * has no number (and is marked as not printed), and the sections after it are numbered as printed.
 */
record CompilePage(Compilation compilation, List<SectionView> sections, List<String> missing) {

    record ItemView(CompiledItem item, String number, String departmentName) {

        public boolean editorItem() {
            return item.departmentCode() == null;
        }
    }

    /**
     * A section with its heading number (null when it prints nothing) and the numbers of its checklist
     * entries as printed.
     */
    record SectionView(Compilation.SectionWork work, String number, List<String> checklistNumbers, List<ItemView> items) {

        /** Whether the section appears in the document (it or a subsection has something to print). */
        public boolean printed() {
            return number != null;
        }

        /** The number the n-th checklist entry (1-based) prints with. */
        public String itemNumber(int n) {
            return n - 1 < checklistNumbers.size() ? checklistNumbers.get(n - 1) : "";
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
        OutlineNumbering.Numbers numbers = IssueContent.numbers(compilation.issue().headingStyles(),
                compilation.sections().stream().map(work -> IssueContent.SectionContent.of(work, Map.of())).toList());
        List<SectionView> sections = new ArrayList<>();
        for (Compilation.SectionWork work : compilation.sections()) {
            long id = work.section().id();
            // The numbers are those of the included items, in order; an excluded item prints none.
            java.util.Iterator<String> itemNumbers = numbers.items(id).iterator();
            List<ItemView> items = new ArrayList<>();
            for (CompiledItem item : work.items()) {
                items.add(new ItemView(item, item.included() ? itemNumbers.next() : null, item.departmentCode() == null ? null
                        : departmentNames.getOrDefault(item.departmentCode(), item.departmentCode())));
            }
            sections.add(new SectionView(work, numbers.heading(id), numbers.checklist(id), items));
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
}
