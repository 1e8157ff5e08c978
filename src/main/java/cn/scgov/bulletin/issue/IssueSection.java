package cn.scgov.bulletin.issue;

import java.util.List;

import cn.scgov.bulletin.bulletin.SectionKind;

/** A section of an issue's outline, with its depth (1 = top level) and contributing departments. */
public record IssueSection(long id, Long parentId, int position, int depth, String key, String title,
        SectionKind kind, boolean numberItems, String template, List<String> departments) {
}
