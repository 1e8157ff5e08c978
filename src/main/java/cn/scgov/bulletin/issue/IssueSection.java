package cn.scgov.bulletin.issue;

import java.util.List;

import cn.scgov.bulletin.bulletin.SectionKind;

/**
 * A section of an issue's outline, with its depth (1 = top level) and contributing departments.
 * {@code itemStyle} is the numbering style of its items when it is not the next level's heading style.
 */
public record IssueSection(long id, Long parentId, int position, int depth, String key, String title,
        SectionKind kind, boolean numberItems, String template, List<String> departments, String itemStyle) {

    public IssueSection(long id, Long parentId, int position, int depth, String key, String title, SectionKind kind,
            boolean numberItems, String template, List<String> departments) {
        this(id, parentId, position, depth, key, title, kind, numberItems, template, departments, null);
    }
}
