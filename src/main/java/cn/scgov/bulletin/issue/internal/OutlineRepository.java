package cn.scgov.bulletin.issue.internal;

import cn.scgov.bulletin.issue.ColophonLine;
import cn.scgov.bulletin.issue.IssueOutline;
import cn.scgov.bulletin.issue.IssueSection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.ColophonLineDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.Period;
import cn.scgov.bulletin.bulletin.PeriodPlaceholders;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.Rows;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** An issue's copy of its bulletin's outline and colophon. */
@Repository
public class OutlineRepository {

    private record Row(long id, Long parentId, int position, String sectionKey, String title, SectionKind kind,
            boolean numberItems, String template, String itemStyle) {
    }

    private static final Rows<Row> SECTIONS = Rows.of(Row.class);

    /** Roles and departments are stored comma-separated. */
    private static final Rows<ColophonLine> COLOPHON = Rows.of(ColophonLine.class)
            .column("recipient_roles", (rs, column) -> roles(rs.getString(column)))
            .column("recipient_departments", (rs, column) -> split(rs.getString(column)));

    private final JdbcClient jdbc;

    OutlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Copies outline and colophon; section titles get the issue's period in their placeholders
     * ({year}年{month}月总体运行情况 → 2025年3月总体运行情况). Returns the new section ids by section key.
     */
    public Map<String, Long> copy(long issueId, BulletinDefinition definition, Period period) {
        Map<String, Long> ids = new LinkedHashMap<>();
        insertSections(issueId, null, definition.outline(), period, ids);
        List<ColophonLineDefinition> colophon = definition.colophon();
        for (int i = 0; i < colophon.size(); i++) {
            ColophonLineDefinition line = colophon.get(i);
            jdbc.sql("INSERT INTO issue_colophon_line (issue_id, position, kind, text, recipient_roles, recipient_departments)"
                    + " VALUES (:issue, :position, :kind, :text, :roles, :departments)")
                    .param("issue", issueId).param("position", i).param("kind", line.kind().name())
                    .param("text", line.text())
                    .param("roles", String.join(",", line.recipientRoles().stream().map(Role::name).sorted().toList()))
                    .param("departments", String.join(",", line.recipientDepartments())).update();
        }
        return ids;
    }

    private void insertSections(long issueId, Long parentId, List<SectionDefinition> sections, Period period,
            Map<String, Long> ids) {
        for (int i = 0; i < sections.size(); i++) {
            SectionDefinition section = sections.get(i);
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO issue_section (issue_id, parent_id, position, section_key, title, kind, number_items, template,"
                    + " item_style) VALUES (:issue, :parent, :position, :key, :title, :kind, :numberItems, :template, :itemStyle)")
                    .param("issue", issueId).param("parent", parentId).param("position", i).param("key", section.key())
                    .param("title", PeriodPlaceholders.fill(section.title(), period)).param("kind", section.kind().name())
                    .param("numberItems", section.numberItems()).param("template", section.template())
                    .param("itemStyle", section.itemStyle())
                    .update(keys, "id");
            long id = keys.getKey().longValue();
            ids.put(section.key(), id);
            for (String department : section.departments()) {
                jdbc.sql("INSERT INTO issue_section_department (section_id, department_code) VALUES (:section, :department)")
                        .param("section", id).param("department", department).update();
            }
            insertSections(issueId, id, section.children(), period, ids);
        }
    }

    /**
     * An issue's outline; it never changes once the issue is open, so it is cached on each node with no
     * generation to watch. An outline not written yet (empty) is not cached.
     */
    @Cacheable(cacheNames = "issue-outlines", unless = "#result.sections().isEmpty()")
    public IssueOutline outline(long issueId) {
        List<Row> rows = jdbc.sql("SELECT * FROM issue_section WHERE issue_id = :issue ORDER BY position, id")
                .param("issue", issueId).query(SECTIONS).list();
        Map<Long, List<String>> departments = new HashMap<>();
        jdbc.sql("SELECT d.section_id, d.department_code FROM issue_section_department d"
                + " JOIN issue_section s ON s.id = d.section_id WHERE s.issue_id = :issue ORDER BY d.department_code")
                .param("issue", issueId)
                .query(rs -> {
                    departments.computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>()).add(rs.getString("department_code"));
                });
        Map<Long, List<Row>> byParent = new HashMap<>();
        rows.forEach(row -> byParent.computeIfAbsent(row.parentId() == null ? -1L : row.parentId(), k -> new ArrayList<>()).add(row));
        List<IssueSection> ordered = new ArrayList<>();
        class Walker {
            void walk(long parent, int depth) {
                for (Row row : byParent.getOrDefault(parent, List.of())) {
                    ordered.add(new IssueSection(row.id(), row.parentId(), row.position(), depth, row.sectionKey(), row.title(),
                            row.kind(), row.numberItems(), row.template(), departments.getOrDefault(row.id(), List.of()),
                            row.itemStyle()));
                    walk(row.id(), depth + 1);
                }
            }
        }
        new Walker().walk(-1L, 1);
        return new IssueOutline(issueId, ordered);
    }

    public List<ColophonLine> colophon(long issueId) {
        return jdbc.sql("SELECT * FROM issue_colophon_line WHERE issue_id = :issue ORDER BY position")
                .param("issue", issueId)
                .query(COLOPHON).list();
    }

    private static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        split(joined).forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
