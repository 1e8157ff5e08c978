package cn.scgov.bulletin.compilation;

import java.util.List;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueSection;

/** The editor's working view of an issue: every section with its items, figures, findings and note. */
public record Compilation(Issue issue, String issueLine, List<SectionWork> sections, String compileTaskId,
        String compileTaskAssignee) {

    public record SectionWork(IssueSection section, String intro, List<CompiledItem> items,
            List<StatisticFigure> figures, String sentence, List<ChecklistEntry> checklist) {
    }
}
