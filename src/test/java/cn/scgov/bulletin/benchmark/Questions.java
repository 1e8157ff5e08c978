package cn.scgov.bulletin.benchmark;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@link TenYearBenchmark} asks: each question a page or API call over HTTP (as which user) and the bare SQL
 * or engine query that answers the same question (the floor). {@code daily}: a page users open every day, held to
 * p95 ≤ 150 ms and ≤ 3× the bare query.
 */
final class Questions {

    record Question(String name, String user, String path, Runnable bare, boolean daily) {
    }

    private final TenYearBenchmark test;
    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final HistoryService history;
    private final HistoryGenerator.Result generated;

    Questions(TenYearBenchmark test, JdbcClient jdbc, TaskService tasks, HistoryService history,
            HistoryGenerator.Result generated) {
        this.test = test;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.history = history;
        this.generated = generated;
    }

    List<Question> all() {
        List<Question> all = new ArrayList<>();
        Issue recent = generated.newIssue();
        Issue old = generated.oldIssue();
        long weekly = generated.weekly().id();
        String department = "gat";
        long contribution = jdbc.sql("SELECT id FROM contribution WHERE issue_id = ? AND department_code = ?")
                .params(recent.id(), department).query(Long.class).single();
        long collecting = jdbc.sql("SELECT MAX(id) FROM issue WHERE bulletin_id = ?").param(weekly).query(Long.class).single();
        long compiling = jdbc.sql("SELECT MAX(id) FROM issue WHERE bulletin_id = ?").param(generated.monthly().id())
                .query(Long.class).single();
        int year = LocalDate.now().getYear() - 1;

        // Inbox: tabs and counts.
        all.add(new Question("Inbox, submitter, to claim (GROUP)", department, "/api/inbox?tab=GROUP",
                () -> page(tasks.createTaskQuery().active().taskCandidateGroupIn(List.of(Role.submitterGroup(department)))), true));
        all.add(new Question("Inbox, editor, mine (MINE)", "editor", "/api/inbox?tab=MINE",
                () -> page(tasks.createTaskQuery().active().taskAssignee("editor")), true));
        all.add(new Question("Inbox, editor, done (DONE, 10 years)", "editor", "/api/inbox?tab=DONE",
                () -> {
                    var query = history.createHistoricTaskInstanceQuery().taskAssignee("editor").finished();
                    query.count();
                    query.orderByHistoricTaskInstanceEndTime().desc().includeTaskLocalVariables().listPage(0, 20);
                }, true));
        all.add(new Question("Inbox, recipient, acknowledge (GROUP)", "r-" + department, "/api/inbox?tab=GROUP",
                () -> page(tasks.createTaskQuery().active().taskCandidateOrAssigned("r-" + department)), true));
        all.add(new Question("Inbox, editor, overdue (OVERDUE)", "editor", "/api/inbox?tab=OVERDUE",
                () -> page(tasks.createTaskQuery().active().or().taskAssignee("editor").taskOwner("editor")
                        .taskCandidateGroupIn(List.of("editor")).endOr().taskDueBefore(new java.util.Date())), true));
        all.add(new Question("Inbox counts, editor", "editor", "/api/inbox/counts", () -> {
            tasks.createTaskQuery().active().taskAssignee("editor").count();
            tasks.createTaskQuery().active().taskCandidateGroupIn(List.of("editor")).count();
            history.createHistoricTaskInstanceQuery().taskAssignee("editor").finished().count();
        }, true));
        all.add(new Question("Inbox page (HTML), editor", "editor", "/inbox",
                () -> page(tasks.createTaskQuery().active().taskAssignee("editor")), true));
        // Issues list with filters.
        all.add(new Question("Issues list, one bulletin", "editor", "/api/issues?bulletinId=" + weekly,
                () -> issues("bulletin_id = ?", weekly), true));
        all.add(new Question("Issues list, status DISTRIBUTED", "editor", "/api/issues?status=DISTRIBUTED",
                () -> issues("status = ?", "DISTRIBUTED"), true));
        all.add(new Question("Issues page (HTML)", "editor", "/issues", () -> issues("1 = ?", 1), true));
        // One issue.
        all.add(new Question("Issue workspace (HTML), recent issue", "editor", "/issues/" + recent.id(), () -> {
            jdbc.sql("SELECT * FROM issue WHERE id = ?").param(recent.id()).query().listOfRows();
            jdbc.sql("SELECT * FROM issue_section WHERE issue_id = ?").param(recent.id()).query().listOfRows();
            jdbc.sql("SELECT * FROM contribution WHERE issue_id = ?").param(recent.id()).query().listOfRows();
        }, true));
        all.add(new Question("Contribution page (HTML)", "editor", "/contributions/" + contribution, () -> {
            jdbc.sql("SELECT * FROM contribution WHERE id = ?").param(contribution).query().listOfRows();
            jdbc.sql("SELECT * FROM contribution_item WHERE contribution_id = ?").param(contribution).query().listOfRows();
        }, true));
        all.add(new Question("Timeline, oldest issue", "auditor", "/api/issues/" + old.id() + "/timeline",
                () -> timeline(old.processInstanceId()), true));
        all.add(new Question("Timeline, recent issue", "auditor", "/api/issues/" + recent.id() + "/timeline",
                () -> timeline(recent.processInstanceId()), true));
        // Process log: each filter, then a year's CSV.
        all.add(new Question("Process log, no filter", "auditor", "/api/audit/log", () -> log("1 = ?", 1), true));
        all.add(new Question("Process log, by actor", "auditor", "/api/audit/log?actor=editor", () -> log("actor = ?", "editor"), true));
        all.add(new Question("Process log, by department", "auditor", "/api/audit/log?department=" + department,
                () -> log("(department_code = ? OR actor_department = ?)", department, department), true));
        all.add(new Question("Process log, by action", "auditor", "/api/audit/log?action=CONTRIBUTION_RETURNED",
                () -> log("action = ?", "CONTRIBUTION_RETURNED"), true));
        all.add(new Question("Process log, by issue", "auditor", "/api/audit/log?issueId=" + old.id(),
                () -> log("issue_id = ?", old.id()), true));
        all.add(new Question("Process log, one month", "auditor", "/api/audit/log?from=" + year + "-03-01&to=" + year + "-03-31",
                () -> log("occurred_at >= ? AND occurred_at < ?", Timestamp.valueOf(LocalDateTime.of(year, 3, 1, 0, 0)),
                        Timestamp.valueOf(LocalDateTime.of(year, 4, 1, 0, 0))), true));
        all.add(new Question("Audit page (HTML), by actor", "auditor", "/audit?actor=editor", () -> log("actor = ?", "editor"), true));
        all.add(new Question("Process log CSV, one year", "auditor", "/api/audit/log.csv?from=" + year + "-01-01&to=" + year + "-12-31",
                () -> jdbc.sql("SELECT * FROM process_log WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at")
                        .params(Timestamp.valueOf(LocalDateTime.of(year, 1, 1, 0, 0)),
                                Timestamp.valueOf(LocalDateTime.of(year + 1, 1, 1, 0, 0))).query().listOfRows(), false));
        // Notices and year to date.
        all.add(new Question("Notices, editor", "editor", "/api/notices", () -> jdbc.sql(
                "SELECT * FROM notice WHERE recipient = ? ORDER BY created_at DESC LIMIT 20").param("editor").query().listOfRows(), true));
        all.add(new Question("Notices page (HTML), submitter", department, "/notices", () -> jdbc.sql(
                "SELECT * FROM notice WHERE recipient = ? ORDER BY created_at DESC LIMIT 20").param(department).query().listOfRows(), true));
        all.add(new Question("Year to date (compilation), monthly", "editor", "/api/issues/" + compiling + "/compilation",
                () -> yearToDate(compiling), true));
        all.add(new Question("Year to date (compilation), weekly", "editor", "/api/issues/" + collecting + "/compilation",
                () -> yearToDate(collecting), true));
        // The timeliness dashboard of last year (a year of the weekly: 52 issues, about 2,000 contributions).
        all.add(new Question("Dashboard, weekly, last year (API)", "editor", "/api/dashboard/timeliness?bulletinId=" + weekly
                + "&year=" + year, () -> dashboard(weekly, year), true));
        all.add(new Question("Dashboard page (HTML)", "editor", "/dashboard?bulletinId=" + weekly + "&year=" + year,
                () -> dashboard(weekly, year), true));
        // The archive search: a subject of the generated items, newest distributed issues first.
        String term = "不动产登记";
        String q = java.net.URLEncoder.encode(term, java.nio.charset.StandardCharsets.UTF_8);
        all.add(new Question("Archive search (API)", "editor", "/api/archive/search?q=" + q, () -> archive(term), true));
        all.add(new Question("Archive search page (HTML)", "editor", "/archive?q=" + q, () -> archive(term), true));
        // The floor, last so that the JIT is warm: an authenticated API call whose own work is one row by key (what
        // every request costs on top of its question: filters, session, account, throttle and JSON).
        all.add(new Question("Floor: own notice settings (API)", "editor", "/api/me/notice-settings",
                () -> jdbc.sql("SELECT mode, version FROM notice_preference WHERE username = ?").param("editor").query()
                        .listOfRows(), false));
        return all;
    }

    private void dashboard(long bulletinId, int year) {
        Object[] window = {bulletinId, java.sql.Date.valueOf(LocalDate.of(year, 12, 31)), java.sql.Date.valueOf(LocalDate.of(year, 1, 1))};
        String issues = " i.bulletin_id = ? AND i.status <> 'CANCELLED' AND i.period_start <= ? AND i.period_end >= ?";
        jdbc.sql("SELECT * FROM issue i WHERE" + issues).params(window).query().listOfRows();
        jdbc.sql("SELECT c.issue_id, c.department_code, c.status, c.returned_at, c.updated_at,"
                + " (SELECT MIN(r.created_at) FROM contribution_revision r WHERE r.contribution_id = c.id)"
                + " FROM contribution c JOIN issue i ON i.id = c.issue_id WHERE" + issues).params(window).query().listOfRows();
        jdbc.sql("SELECT d.issue_id, COUNT(*), COUNT(d.acknowledged_at), MIN(d.delivered_at), MAX(d.acknowledged_at)"
                + " FROM delivery d JOIN issue i ON i.id = d.issue_id WHERE" + issues + " GROUP BY d.issue_id")
                .params(window).query().listOfRows();
        // Where each issue's time went: its drafting and compiling tasks and the end of its distribution.
        jdbc.sql("SELECT t.PROC_INST_ID_, t.TASK_DEF_KEY_, t.START_TIME_, t.END_TIME_ FROM ACT_HI_TASKINST t"
                + " JOIN issue i ON i.process_instance_id = t.PROC_INST_ID_ WHERE" + issues
                + " AND t.TASK_DEF_KEY_ IN ('" + IssueProcess.COMPILE_TASK + "', '" + IssueProcess.DRAFT_TASK + "')")
                .params(window).query().listOfRows();
        jdbc.sql("SELECT a.PROC_INST_ID_, a.END_TIME_ FROM ACT_HI_ACTINST a JOIN issue i ON i.process_instance_id = a.PROC_INST_ID_"
                + " WHERE" + issues + " AND a.ACT_ID_ = 'distributeIssue'").params(window).query().listOfRows();
    }

    /** The archive search's own two statements: a page of matching item ids, then their texts. */
    private void archive(String term) {
        String text = System.getenv().getOrDefault("BULLETIN_TEST_DB_URL", "").isBlank() ? "LOWER(it.text)"
                : "it.text COLLATE utf8mb4_general_ci";
        List<Long> ids = jdbc.sql("SELECT it.id FROM issue_item it JOIN issue i ON i.id = it.issue_id"
                        + " WHERE i.status = 'DISTRIBUTED' AND it.included = TRUE AND " + text + " LIKE ?"
                        + " ORDER BY i.period_start DESC, i.id DESC, it.section_id, it.position, it.id LIMIT 21")
                .param("%" + term + "%").query(Long.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT it.id, it.issue_id, it.section_id, s.title, it.department_code, d.name, it.text FROM issue_item it"
                    + " JOIN issue_section s ON s.id = it.section_id LEFT JOIN department d ON d.code = it.department_code"
                    + " WHERE it.id IN (:ids)").param("ids", ids).query().listOfRows();
        }
    }

    private static void page(org.flowable.task.api.TaskQuery query) {
        query.count();
        query.orderByTaskCreateTime().desc().listPage(0, 20);
    }

    private void issues(String where, Object value) {
        jdbc.sql("SELECT * FROM issue WHERE " + where + " ORDER BY period_start DESC LIMIT 20").param(value).query().listOfRows();
        jdbc.sql("SELECT COUNT(*) FROM issue WHERE " + where).param(value).query(Long.class).single();
    }

    private void log(String where, Object... values) {
        jdbc.sql("SELECT * FROM process_log WHERE " + where + " ORDER BY occurred_at DESC LIMIT 51").params(values).query()
                .listOfRows();
    }

    private void timeline(String processInstanceId) {
        history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list();
        tasks.getProcessInstanceComments(processInstanceId, IssueProcess.OPINION_COMMENT);
        history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).orderByHistoricTaskInstanceStartTime()
                .asc().list();
        history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityType("serviceTask").list();
    }

    private void yearToDate(long issueId) {
        jdbc.sql("""
                SELECT sec.section_key, s.metric_key, SUM(s.period_figure)
                FROM issue i JOIN issue e ON e.bulletin_id = i.bulletin_id AND e.period_end < i.period_start
                    AND e.period_start >= ? AND e.status <> 'CANCELLED'
                JOIN issue_statistic s ON s.issue_id = e.id JOIN issue_section sec ON sec.id = s.section_id
                WHERE i.id = ? GROUP BY sec.section_key, s.metric_key""")
                .params(LocalDate.now().withDayOfYear(1).minusDays(7), issueId).query().listOfRows();
        jdbc.sql("SELECT * FROM issue_statistic WHERE issue_id = ?").param(issueId).query().listOfRows();
    }
}
