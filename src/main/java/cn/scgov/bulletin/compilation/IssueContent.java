package cn.scgov.bulletin.compilation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.OutlineNumbering;
import cn.scgov.bulletin.bulletin.PrintableText;
import cn.scgov.bulletin.issue.ColophonLine;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueSection;

/**
 * The compiled issue as readers get it, in reading order: what rendering turns into text, HTML,
 * DOCX and PDF. Only included items; statistics already written into their sentence.
 * {@code draft} is true until the issue is signed off (its number and date are then provisional).
 * {@code issueDate} is the date set or, before sign-off without one, today; {@code periodLine} is
 * null when the issue prints none; {@code issue().printCopies()} 0 prints no print-run line.
 */
public record IssueContent(Issue issue, String issueLine, LocalDate issueDate, String periodLine, boolean draft,
        List<SectionContent> sections, List<ColophonLine> colophon) {

    /** {@code figures} maps an item's index in {@code items} to the image printed after it. */
    public record SectionContent(IssueSection section, String intro, List<String> items, String sentence,
            List<ChecklistEntry> checklist, Map<Integer, Figure> figures) {

        public SectionContent(IssueSection section, String intro, List<String> items, String sentence,
                List<ChecklistEntry> checklist) {
            this(section, intro, items, sentence, checklist, Map.of());
        }

        /** What of the editor's work on a section is printed: its included items, with the images placed after them. */
        public static SectionContent of(Compilation.SectionWork work, Map<Long, Figure> placed) {
            List<CompiledItem> included = work.items().stream().filter(CompiledItem::included).toList();
            Map<Integer, Figure> figures = new HashMap<>();
            for (int i = 0; i < included.size(); i++) {
                Figure figure = placed.get(included.get(i).id());
                if (figure != null) {
                    figures.put(i, figure);
                }
            }
            return new SectionContent(work.section(), work.intro(), included.stream().map(CompiledItem::text).toList(),
                    work.sentence(), work.checklist(), figures);
        }
    }

    /**
     * The numbers the sections, their items and checklist entries print with: the one numbering of an
     * issue's content, which the documents print and the compile page shows (from
     * {@link SectionContent#of} of its work), so the two cannot disagree.
     */
    public static OutlineNumbering.Numbers numbers(List<String> headingStyles, List<SectionContent> sections) {
        return OutlineNumbering.number(headingStyles, sections.stream().map(section -> new OutlineNumbering.Section(
                section.section().id(), section.section().parentId(), section.section().itemStyle(),
                section.section().numberItems(), PrintableText.prints(section.intro()) || PrintableText.prints(section.sentence()),
                section.items(), section.checklist().size())).toList());
    }

    /** An attached image (PNG or JPEG, checked on upload) placed after an item, with its optional caption. */
    public record Figure(byte[] content, String contentType, int width, int height, String caption) {
    }
}
