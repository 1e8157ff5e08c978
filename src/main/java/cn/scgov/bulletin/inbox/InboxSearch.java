package cn.scgov.bulletin.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.shared.SearchTerms;
import cn.scgov.bulletin.shared.TextHighlight;

import org.flowable.task.api.TaskInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the inbox's free text matches, term by term: issues by title or number (年第N期, 总第N期), departments
 * by name, and departments' contributions to issues by their current text. A task matches a term when its
 * issue, its department, or its department's contribution to its issue does; a task of no department (compile,
 * sign-off, receipt) matches by contribution text only for the office readers, who may read every contribution.
 */
@Component
class InboxSearch {

    /** What one term matched; instances are the issues' process instances. */
    record TermMatch(Set<String> instances, Set<String> departments, Set<String> contributions,
            Set<String> contributionInstances) {

        boolean matches(TaskInfo task, boolean officeReader) {
            String instance = task.getProcessInstanceId();
            String department = task.getCategory();
            if (instances.contains(instance)) {
                return true;
            }
            if (department != null) {
                return departments.contains(department) || contributions.contains(instance + "|" + department);
            }
            return officeReader && contributionInstances.contains(instance);
        }
    }

    private final JdbcClient jdbc;

    InboxSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TermMatch> match(SearchTerms terms, Map<String, String> departmentNames) {
        List<String> patterns = terms.likePatterns();
        return java.util.stream.IntStream.range(0, patterns.size()).mapToObj(t -> {
            String term = terms.terms().get(t);
            String pattern = patterns.get(t);
            Set<String> instances = new HashSet<>(jdbc.sql("SELECT process_instance_id FROM issue"
                            + " WHERE process_instance_id IS NOT NULL AND (LOWER(title) LIKE :p"
                            + " OR (yearly_number IS NOT NULL AND CONCAT(numbering_year, '年第', yearly_number, '期') LIKE :p)"
                            + " OR (cumulative_number IS NOT NULL AND CONCAT('总第', cumulative_number, '期') LIKE :p))")
                    .param("p", pattern).query(String.class).list());
            Set<String> departments = new HashSet<>();
            departmentNames.forEach((code, name) -> {
                if (TextHighlight.indexOf(name, term, 0) >= 0) {
                    departments.add(code);
                }
            });
            Set<String> contributions = new HashSet<>();
            Set<String> contributionInstances = new HashSet<>();
            jdbc.sql("SELECT DISTINCT i.process_instance_id, c.department_code FROM contribution_item ci"
                            + " JOIN contribution c ON c.id = ci.contribution_id JOIN issue i ON i.id = c.issue_id"
                            + " WHERE i.process_instance_id IS NOT NULL AND LOWER(ci.text) LIKE :p")
                    .param("p", pattern).query((rs, n) -> {
                        contributions.add(rs.getString(1) + "|" + rs.getString(2));
                        contributionInstances.add(rs.getString(1));
                        return null;
                    }).list();
            return new TermMatch(instances, departments, contributions, contributionInstances);
        }).toList();
    }
}
