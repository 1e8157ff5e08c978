package cn.scgov.bulletin.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.compilation.ChecklistEntry;
import cn.scgov.bulletin.compilation.IssueContent;
import cn.scgov.bulletin.compilation.IssueContent.SectionContent;
import cn.scgov.bulletin.issue.ColophonLine;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.rendering.BulletinDocument.Block;
import cn.scgov.bulletin.rendering.BulletinDocument.Heading;
import cn.scgov.bulletin.rendering.BulletinDocument.Paragraph;

/**
 * Turns the compiled issue into its document. Numbers are computed here, from the outline and the
 * issue's heading styles, never typed: a section at depth d is numbered with style d among the
 * sections printed beside it; its numbered items and checklist entries with its own item style or
 * else style d+1, in one sequence with its subsections when both use the same style. A section
 * with nothing to print (no intro, sentence, item or finding, in it or below it) is left out, and
 * the sections after it are numbered as printed.
 */
final class DocumentAssembler {

    private DocumentAssembler() {
    }

    static BulletinDocument assemble(IssueContent content) {
        Issue issue = content.issue();
        String subtitle = issue.subtitle() == null || issue.subtitle().isBlank() ? null : Texts.line(issue.subtitle());
        BulletinDocument.Masthead masthead = new BulletinDocument.Masthead(Texts.line(issue.title()),
                Texts.line(content.issueLine()), Texts.line(issue.issuer()), IssueFormats.date(content.issueDate()),
                subtitle, content.periodLine());
        Map<Long, List<SectionContent>> children = new HashMap<>();
        for (SectionContent section : content.sections()) {
            children.computeIfAbsent(parentKey(section.section().parentId()), k -> new ArrayList<>()).add(section);
        }
        List<Block> blocks = new ArrayList<>();
        new Walk(issue.headingStyles(), children, blocks).sections(parentKey(null), 1, 0);
        List<String> colophon = new ArrayList<>();
        for (ColophonLine line : content.colophon()) {
            String text = Texts.line(line.text());
            colophon.add(line.kind().label() + "：" + text + (text.endsWith("。") ? "" : "。"));
        }
        return new BulletinDocument(content.draft(), masthead, blocks, colophon, "（共印 " + issue.printCopies() + "份）");
    }

    private static long parentKey(Long parentId) {
        return parentId == null ? -1L : parentId;
    }

    private record Walk(List<String> styles, Map<Long, List<SectionContent>> children, List<Block> blocks) {

        void sections(long parent, int depth, int numbered) {
            int n = numbered;
            for (SectionContent content : children.getOrDefault(parent, List.of())) {
                if (!printable(content)) {
                    continue;
                }
                IssueSection section = content.section();
                blocks.add(new Heading(depth, IssueFormats.number(style(depth), ++n), Texts.line(section.title())));
                add(null, Texts.paragraphs(content.intro()));
                add(null, Texts.paragraphs(content.sentence()));
                String itemStyle = section.itemStyle() != null ? section.itemStyle() : style(depth + 1);
                int k = 0;
                for (String item : content.items()) {
                    List<String> paragraphs = Texts.paragraphs(item);
                    if (!paragraphs.isEmpty()) {
                        add(section.numberItems() ? IssueFormats.number(itemStyle, ++k) : null, paragraphs);
                    }
                }
                for (ChecklistEntry entry : content.checklist()) {
                    String label = Texts.line(entry.label());
                    String finding = Texts.line(entry.finding());
                    add(IssueFormats.number(itemStyle, ++k), List.of(label + (label.endsWith("。") ? "" : "。") + finding));
                }
                sections(section.id(), depth + 1, itemStyle.equals(style(depth + 1)) ? k : 0);
            }
        }

        /** One paragraph per line of a text; only the first carries the number. */
        private void add(String number, List<String> paragraphs) {
            for (int i = 0; i < paragraphs.size(); i++) {
                blocks.add(new Paragraph(i == 0 ? number : null, paragraphs.get(i)));
            }
        }

        private boolean printable(SectionContent content) {
            if (!Texts.line(content.intro()).isEmpty() || !Texts.line(content.sentence()).isEmpty()
                    || content.items().stream().anyMatch(item -> !Texts.line(item).isEmpty())
                    || !content.checklist().isEmpty()) {
                return true;
            }
            return children.getOrDefault(content.section().id(), List.of()).stream().anyMatch(this::printable);
        }

        /** The heading style of a depth; deeper than the bulletin defines, the deepest style repeats. */
        private String style(int depth) {
            return styles.get(Math.min(depth, styles.size()) - 1);
        }
    }
}
