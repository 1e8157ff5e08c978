package cn.scgov.bulletin.rendering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.scgov.bulletin.bulletin.ColophonKind;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.compilation.ChecklistEntry;
import cn.scgov.bulletin.compilation.IssueContent;
import cn.scgov.bulletin.compilation.IssueContent.SectionContent;
import cn.scgov.bulletin.issue.ColophonLine;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.issue.IssueStatus;

/** Compiled issues written out by hand, for the renderers' own tests (the samples go through the real flow). */
final class Documents {

    static final List<String> STYLES = List.of("{cn}、", "（{cn}）", "{n}.", "（{n}）");

    private final List<SectionContent> sections = new ArrayList<>();
    private long ids = 1;

    static Issue issue(boolean numbered, List<String> styles) {
        return new Issue(1, 1, numbered ? IssueStatus.DISTRIBUTED : IssueStatus.COMPILING, "窗口工作周报",
                "四川省政府政务服务和公共资源交易服务中心", "政务服务工作", "{year}年第{number}期（总第{cumulative}期）", styles,
                LocalDate.of(2023, 2, 27), LocalDate.of(2023, 3, 3), Instant.parse("2023-03-02T09:00:00Z"),
                numbered ? 2023 : null, numbered ? 8 : null, numbered ? 428 : null,
                numbered ? LocalDate.of(2023, 3, 16) : null, 94, false, null, null, "editor",
                Instant.parse("2023-02-27T01:00:00Z"), null, 0, true);
    }

    /** Adds a section under {@code parent} (null: top level); returns its id. */
    long section(Long parent, int depth, String title, boolean numberItems, String itemStyle, String intro,
            String sentence, List<String> items, List<String> checklist) {
        long id = ids++;
        IssueSection section = new IssueSection(id, parent, (int) id, depth, "s" + id, title,
                checklist.isEmpty() ? (sentence == null ? SectionKind.NARRATIVE : SectionKind.STATISTICS) : SectionKind.CHECKLIST,
                numberItems, null, List.of(), itemStyle);
        List<ChecklistEntry> entries = new ArrayList<>();
        for (int i = 0; i < checklist.size(); i++) {
            String[] labelAndFinding = checklist.get(i).split("。", 2);
            entries.add(new ChecklistEntry(id, i, labelAndFinding[0], labelAndFinding[1]));
        }
        sections.add(new SectionContent(section, intro, items, sentence, entries));
        return id;
    }

    long narrative(Long parent, int depth, String title, boolean numberItems, String... items) {
        return section(parent, depth, title, numberItems, null, null, null, List.of(items), List.of());
    }

    IssueContent content(boolean numbered) {
        Issue issue = issue(numbered, STYLES);
        return new IssueContent(issue, numbered ? "2023年第8期（总第428期）" : "2023年第8期（总第428期）",
                LocalDate.of(2023, 3, 16), "（2月27日—3月3日）", !numbered, List.copyOf(sections),
                List.of(new ColophonLine(0, ColophonKind.REPORT, "中心领导", Set.of(), List.of()),
                        new ColophonLine(1, ColophonKind.COPY, "各相关省级部门（单位），中心各处（室）、直属单位", Set.of(), List.of()),
                        new ColophonLine(2, ColophonKind.DISTRIBUTE, "各部门窗口", Set.of(), List.of())));
    }

    BulletinDocument document(boolean numbered) {
        return DocumentAssembler.assemble(content(numbered));
    }
}
