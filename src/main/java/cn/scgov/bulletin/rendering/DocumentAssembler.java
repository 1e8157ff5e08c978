package cn.scgov.bulletin.rendering;

import java.util.ArrayList;
import java.util.List;

import cn.scgov.bulletin.bulletin.OutlineNumbering;
import cn.scgov.bulletin.compilation.ChecklistEntry;
import cn.scgov.bulletin.compilation.IssueContent;
import cn.scgov.bulletin.compilation.IssueContent.SectionContent;
import cn.scgov.bulletin.issue.ColophonLine;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.rendering.BulletinDocument.Block;
import cn.scgov.bulletin.rendering.BulletinDocument.Heading;
import cn.scgov.bulletin.rendering.BulletinDocument.Paragraph;

/**
 * Turns the compiled issue into its document. Numbers come from {@link IssueContent#numbers}, the
 * numbering the compile page shows too, never typed: a section with nothing to print is left out
 * and the sections after it are numbered as printed. Optional lines print only when the issue has
 * them: the subtitle, the period line, the colophon's lines and the print run (not for 0 copies).
 */
public final class DocumentAssembler {

    private DocumentAssembler() {
    }

    public static BulletinDocument assemble(IssueContent content) {
        Issue issue = content.issue();
        String subtitle = issue.subtitle() == null || issue.subtitle().isBlank() ? null : Texts.line(issue.subtitle());
        BulletinDocument.Masthead masthead = new BulletinDocument.Masthead(Texts.line(issue.title()),
                Texts.line(content.issueLine()), Texts.line(issue.issuer()), IssueFormats.date(content.issueDate()),
                subtitle, content.periodLine());
        List<Block> blocks = new ArrayList<>();
        OutlineNumbering.Numbers numbers = IssueContent.numbers(issue.headingStyles(), content.sections());
        for (SectionContent section : content.sections()) {
            long id = section.section().id();
            if (!numbers.printed(id)) {
                continue;
            }
            blocks.add(new Heading(numbers.depth(id), numbers.heading(id), Texts.line(section.section().title())));
            add(blocks, null, Texts.paragraphs(section.intro()));
            add(blocks, null, Texts.paragraphs(section.sentence()));
            List<String> itemNumbers = numbers.items(id);
            for (int i = 0; i < section.items().size(); i++) {
                add(blocks, itemNumbers.get(i), Texts.paragraphs(section.items().get(i)));
                IssueContent.Figure figure = section.figures().get(i);
                if (figure != null) {
                    String caption = figure.caption() == null ? null : Texts.line(figure.caption());
                    blocks.add(new BulletinDocument.Figure(figure.content(), figure.contentType(), figure.width(),
                            figure.height(), caption == null || caption.isBlank() ? null : caption));
                }
            }
            List<String> entryNumbers = numbers.checklist(id);
            for (int i = 0; i < section.checklist().size(); i++) {
                ChecklistEntry entry = section.checklist().get(i);
                String label = Texts.line(entry.label());
                String finding = Texts.line(entry.finding());
                add(blocks, entryNumbers.get(i), List.of(label + (label.endsWith("。") ? "" : "。") + finding));
            }
        }
        List<String> colophon = new ArrayList<>();
        for (ColophonLine line : content.colophon()) {
            String text = Texts.line(line.text());
            colophon.add(line.kind().label() + "：" + text + (text.endsWith("。") ? "" : "。"));
        }
        String printRun = issue.printCopies() > 0 ? "（共印 " + issue.printCopies() + "份）" : null;
        return new BulletinDocument(content.draft(), masthead, blocks, colophon, printRun);
    }

    /** One paragraph per line of a text; only the first carries the number. */
    private static void add(List<Block> blocks, String number, List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(new Paragraph(i == 0 ? number : null, paragraphs.get(i)));
        }
    }
}
