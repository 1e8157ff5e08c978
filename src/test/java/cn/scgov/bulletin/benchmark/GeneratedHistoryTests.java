package cn.scgov.bulletin.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import cn.scgov.bulletin.audit.AuditService;
import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.directory.DepartmentKind;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.RealIssueRun;
import cn.scgov.bulletin.support.RealIssueRun.Stage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The history generator's copies are the rows the application writes: a real issue is run through the services
 * and the engine, copied two weeks later by {@link IssueCloner}, and a second real issue is run the same way one
 * week later. The copy has the rows of the real issue, table by table (engine history included: the same
 * activities, tasks, variables, identity links and comments, the same process-log actions), with ids of its own,
 * every reference pointing inside the copy, its times two weeks later, and the application reads it as an issue
 * (timeline, contributions, process log).
 */
class GeneratedHistoryTests extends FlowTestSupport {

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditService audit;

    @Test
    void copiedIssueHasTheRowsOfARealIssueWithItsOwnIdsAndTimes() throws Exception {
        // The seeded weekly with eight contributing departments (the generator uses 30 to 44; eight keep the test short).
        List<String> eight = directory.activeDepartments().stream().filter(d -> d.kind() == DepartmentKind.WINDOW)
                .map(d -> d.code()).limit(8).toList();
        Bulletin bulletin = newBulletin(HistoryGenerator.withDepartments(seeded("weekly").definition(), eight));
        RealIssueRun run = new RealIssueRun(this);
        LocalDate monday = LocalDate.of(2026, 3, 2);
        Issue template = run.run(bulletin, monday, monday.plusDays(4), monday.atTime(9, 0), monday.plusDays(3).atTime(17, 0),
                true, Stage.ACKNOWLEDGED, 7);
        LocalDate second = monday.plusWeeks(1);
        Issue realAgain = run.run(bulletin, second, second.plusDays(4), second.atTime(9, 0), second.plusDays(3).atTime(17, 0),
                true, Stage.ACKNOWLEDGED, 7);
        jobs.awaitIdle();

        IssueRows templateRows;
        IssueRows realRows;
        IssueRows copyRows;
        try (Connection connection = dataSource.getConnection()) {
            templateRows = IssueRows.read(connection, template.id());
            realRows = IssueRows.read(connection, realAgain.id());
            connection.setAutoCommit(false);
            LocalDate copyMonday = monday.plusWeeks(2);
            long copy = new IssueCloner(connection, templateRows).copy(new IssueCloner.Target(copyMonday,
                    copyMonday.plusDays(4), 14, 2026, 99, 999));
            connection.commit();
            connection.setAutoCommit(true);
            copyRows = IssueRows.read(connection, copy);
        }

        assertThat(templateRows.count("ACT_HI_TASKINST")).isGreaterThan(20);
        assertThat(templateRows.count("ACT_HI_COMMENT")).isGreaterThan(0);
        for (String table : copyRows.tables.keySet()) {
            IssueRows.Table copied = withoutDigests(copyRows.tables.get(table));
            IssueRows.Table real = withoutDigests(realRows.tables.get(table));
            assertThat(copied.rows()).as(table).hasSameSizeAs(real.rows());
            // Whether an overdue flag was digested yet also depends on when the real-time poller ran: its copy is
            // compared with its template, like the digests below.
            IssueRows.Table shapeOf = table.equals("notice_overdue") ? templateRows.tables.get(table) : real;
            assertThat(shape(copied)).as("null columns of " + table).isEqualTo(shape(shapeOf));
        }
        // How many overdue digests an issue gets depends on when the notice poller (real time) ran between the
        // engine clock's moves, so the copy is compared with its template for those.
        assertThat(digests(copyRows)).isEqualTo(digests(templateRows));
        assertThat(values(copyRows, "ACT_HI_ACTINST", "ACT_ID_")).isEqualTo(values(realRows, "ACT_HI_ACTINST", "ACT_ID_"));
        assertThat(values(copyRows, "ACT_HI_TASKINST", "TASK_DEF_KEY_")).isEqualTo(values(realRows, "ACT_HI_TASKINST", "TASK_DEF_KEY_"));
        assertThat(values(copyRows, "ACT_HI_VARINST", "NAME_")).isEqualTo(values(realRows, "ACT_HI_VARINST", "NAME_"));
        assertThat(values(copyRows, "ACT_HI_IDENTITYLINK", "TYPE_")).isEqualTo(values(realRows, "ACT_HI_IDENTITYLINK", "TYPE_"));
        assertThat(values(copyRows, "process_log", "action")).isEqualTo(values(realRows, "process_log", "action"));

        // Own ids, and every reference inside the copy.
        String process = copyRows.processInstanceId;
        assertThat(process).isNotEqualTo(templateRows.processInstanceId);
        Set<Object> tasks = new HashSet<>(column(copyRows, "ACT_HI_TASKINST", "ID_"));
        assertThat(tasks).doesNotContainAnyElementsOf(column(templateRows, "ACT_HI_TASKINST", "ID_"));
        for (String table : List.of("ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST")) {
            assertThat(new HashSet<>(column(copyRows, table, "PROC_INST_ID_"))).as(table).containsExactly(process);
        }
        assertThat(tasks).containsAll(column(copyRows, "process_log", "task_id").stream().filter(Objects::nonNull).toList());
        assertThat(tasks).containsAll(column(copyRows, "ACT_HI_IDENTITYLINK", "TASK_ID_").stream().filter(Objects::nonNull).toList());
        assertThat(column(copyRows, "ACT_HI_PROCINST", "BUSINESS_KEY_")).containsExactly(String.valueOf(copyRows.issueId));
        assertThat(new HashSet<>(column(copyRows, "process_log", "issue_id"))).containsExactly(copyRows.issueId);
        Timestamp started = (Timestamp) column(templateRows, "ACT_HI_PROCINST", "START_TIME_").get(0);
        assertThat(column(copyRows, "ACT_HI_PROCINST", "START_TIME_").get(0))
                .isEqualTo(Timestamp.valueOf(started.toLocalDateTime().plusDays(14)));

        // The application reads it as one of its issues.
        Issue copied = issues.require(copyRows.issueId);
        assertThat(copied.periodStart()).isEqualTo(monday.plusWeeks(2));
        assertThat(copied.yearlyNumber()).isEqualTo(99);
        assertThat(contributions.ofIssue(user("editor"), copied.id())).hasSize(
                contributions.ofIssue(user("editor"), realAgain.id()).size());
        assertThat(audit.timeline(user("auditor"), copied.id())).hasSameSizeAs(audit.timeline(user("auditor"), realAgain.id()));
    }

    private static Map<Object, Integer> values(IssueRows rows, String table, String column) {
        Map<Object, Integer> counts = new TreeMap<>();
        column(rows, table, column).forEach(value -> counts.merge(String.valueOf(value), 1, Integer::sum));
        return counts;
    }

    private static List<Object> column(IssueRows rows, String table, String column) {
        IssueRows.Table t = rows.tables.get(table);
        int index = t.index(column);
        List<Object> values = new ArrayList<>();
        t.rows().forEach(row -> values.add(row[index]));
        return values;
    }

    private static IssueRows.Table withoutDigests(IssueRows.Table table) {
        int kind = table.name().equals("notice") ? table.index("kind") : -1;
        if (kind < 0) {
            return table;
        }
        return new IssueRows.Table(table.name(), table.columns(), table.types(),
                table.rows().stream().filter(row -> !"OVERDUE_DIGEST".equals(row[kind])).toList());
    }

    private static long digests(IssueRows rows) {
        IssueRows.Table notices = rows.tables.get("notice");
        int kind = notices.index("kind");
        return notices.rows().stream().filter(row -> "OVERDUE_DIGEST".equals(row[kind])).count();
    }

    /** Per column, how many rows hold a value (null or not: what a real path writes). */
    private static Map<String, Integer> shape(IssueRows.Table table) {
        Map<String, Integer> shape = new TreeMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            int index = i;
            shape.put(table.columns().get(i), (int) table.rows().stream().filter(row -> row[index] != null).count());
        }
        return shape;
    }
}
