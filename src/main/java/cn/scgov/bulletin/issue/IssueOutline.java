package cn.scgov.bulletin.issue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An issue's outline: its sections in reading order (depth first). */
public record IssueOutline(long issueId, List<IssueSection> sections) {

    public Optional<IssueSection> section(long sectionId) {
        return sections.stream().filter(section -> section.id() == sectionId).findFirst();
    }

    public Map<Long, IssueSection> byId() {
        return sections.stream().collect(Collectors.toMap(IssueSection::id, Function.identity()));
    }

    public List<IssueSection> children(Long parentId) {
        List<IssueSection> children = new ArrayList<>();
        for (IssueSection section : sections) {
            if (parentId == null ? section.parentId() == null : parentId.equals(section.parentId())) {
                children.add(section);
            }
        }
        return children;
    }

    /** Sections a department contributes to, in reading order. */
    public List<IssueSection> sectionsOf(String departmentCode) {
        return sections.stream().filter(section -> section.departments().contains(departmentCode)).toList();
    }

    public Set<String> contributingDepartments() {
        Set<String> departments = new LinkedHashSet<>();
        sections.forEach(section -> departments.addAll(section.departments()));
        return departments;
    }
}
