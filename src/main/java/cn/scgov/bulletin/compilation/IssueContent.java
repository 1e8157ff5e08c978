package cn.scgov.bulletin.compilation;

import java.time.LocalDate;
import java.util.List;

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
            List<ChecklistEntry> checklist, java.util.Map<Integer, Figure> figures) {

        public SectionContent(IssueSection section, String intro, List<String> items, String sentence,
                List<ChecklistEntry> checklist) {
            this(section, intro, items, sentence, checklist, java.util.Map.of());
        }
    }

    /** An attached image (PNG or JPEG, checked on upload) placed after an item, with its optional caption. */
    public record Figure(byte[] content, String contentType, int width, int height, String caption) {
    }
}
