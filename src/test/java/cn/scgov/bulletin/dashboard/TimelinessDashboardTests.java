package cn.scgov.bulletin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The timeliness dashboard over real issues driven through the process at set moments of the engine clock
 * ({@link TimelinessScenario}): counts, exact medians and stage times per issue, the year-end report, the
 * API's JSON, CSV and XLSX (read back with POI), and who may see them.
 */
class TimelinessDashboardTests extends ApiTestSupport {

    private static TimelinessScenario.Built built;
    private static TimelinessReport beforeLastAcknowledgement;
    private static RuntimeException failed;

    @Autowired
    TimelinessService service;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private synchronized TimelinessScenario.Built scenario() {
        if (failed != null) {
            throw failed;
        }
        if (built == null) {
            try {
                build();
            } catch (RuntimeException e) {
                failed = e;
                throw e;
            }
        }
        return built;
    }

    private void build() {
        {
            TimelinessScenario scenario = new TimelinessScenario(context, jobs);
            TimelinessScenario.Built result = scenario.build();
            beforeLastAcknowledgement = service.report(user("editor"), result.bulletin().id(), 2026);
            scenario.lastAcknowledgement(result);
            jobs.awaitIdle();
            built = result;
        }
    }

    private TimelinessReport report() {
        return service.report(user("leader"), scenario().bulletin().id(), 2026);
    }

    @Test
    void departmentsCountOnTimeLateMissingNothingToReportReturnedAndTheExactMedianTimeToSubmit() {
        TimelinessReport report = report();
        Map<String, TimelinessReport.DepartmentRow> rows = report.departments().stream()
                .collect(Collectors.toMap(TimelinessReport.DepartmentRow::departmentCode, Function.identity()));
        assertThat(rows.keySet()).containsExactlyInAnyOrder("gat", "jtyst", "zjt");
        // gat: A on time after 1 h, B nothing to report, C late after 2 d 30 min; the cancelled D does not count
        assertThat(rows.get("gat")).isEqualTo(new TimelinessReport.DepartmentRow("gat", "公安厅", 3, 1, 1, 0, 1, 0, 0,
                new BigDecimal("89100")));
        // jtyst: A on time at its first submission (3 h) although returned and resubmitted late, B on time (30 min), C open
        assertThat(rows.get("jtyst")).isEqualTo(new TimelinessReport.DepartmentRow("jtyst", "交通运输厅", 3, 2, 0, 0, 0, 1, 1,
                new BigDecimal("6300")));
        // zjt: A late (2 d 1 h), B not submitted when collection closed, C open
        assertThat(rows.get("zjt")).isEqualTo(new TimelinessReport.DepartmentRow("zjt", "住房城乡建设厅", 3, 0, 1, 1, 0, 1, 0,
                new BigDecimal("176400")));
        assertThat(report.totals()).isEqualTo(new TimelinessReport.Totals(3, 1, 9, 3, 2, 1, 1, 2, 1, new BigDecimal("10800")));
    }

    @Test
    void eachIssueShowsWhereItsTimeWentFromOpeningToDistributionAndAcknowledgement() {
        TimelinessScenario.Built scenario = scenario();
        TimelinessReport report = report();
        assertThat(report.issues()).extracting(TimelinessReport.IssueRow::issueId)
                .containsExactly(scenario.a().id(), scenario.b().id(), scenario.c().id());
        TimelinessReport.IssueRow a = report.issues().get(0);
        assertThat(a.status()).isEqualTo("DISTRIBUTED");
        assertThat(a.secondsToDistribution()).isEqualTo(4 * 86400 + 3600);
        // drafting until jtyst's resubmission (3 d), review 1 h, compile 4 h, sign-off 20 h: together opening → distribution
        assertThat(a.stages()).isEqualTo(new TimelinessReport.Stages(259200L, 3600L, 14400L, 72000L, 82800L));
        assertThat(a.stages().drafting() + a.stages().review() + a.stages().compile() + a.stages().signoff())
                .isEqualTo(a.secondsToDistribution());
        assertThat(a.acknowledged()).isEqualTo(a.recipients()).isEqualTo(scenario.recipientsOfA().size());
        assertThat(List.of(a.onTime(), a.late(), a.notSubmitted(), a.nothingToReport(), a.returned()))
                .containsExactly(2, 1, 0, 0, 1);
        assertThat(a.issueLine()).isEqualTo("2026年第1期（总第500期）");
        // before the last recipient acknowledged, the acknowledgement stage was still open
        assertThat(beforeLastAcknowledgement.issues().get(0).stages().acknowledgement()).isNull();
        assertThat(beforeLastAcknowledgement.issues().get(0).acknowledged()).isEqualTo(a.recipients() - 1);

        TimelinessReport.IssueRow b = report.issues().get(1);
        assertThat(b.status()).isEqualTo("COMPILING");
        assertThat(b.distributedAt()).isNull();
        assertThat(b.stages()).isEqualTo(new TimelinessReport.Stages(259200L, 3600L, null, null, null));
        assertThat(List.of(b.onTime(), b.late(), b.notSubmitted(), b.nothingToReport())).containsExactly(1, 0, 1, 1);

        TimelinessReport.IssueRow c = report.issues().get(2);
        assertThat(c.status()).isEqualTo("COLLECTING");
        assertThat(c.stages()).isEqualTo(new TimelinessReport.Stages(null, null, null, null, null));
        assertThat(List.of(c.onTime(), c.late())).containsExactly(0, 1);
    }

    @Test
    void theYearEndReportRanksDepartmentsByLateAndMissingContributions() {
        LateDepartments late = service.lateDepartments(user("auditor"), scenario().bulletin().id(), 2026);
        assertThat(late.departments()).extracting(LateDepartments.Entry::departmentCode).containsExactly("zjt", "gat");
        assertThat(late.departments().get(0)).isEqualTo(new LateDepartments.Entry(1, "zjt", "住房城乡建设厅", 2, 1, 1, 0, 0, 0, 3));
        assertThat(late.departments().get(1).rank()).isEqualTo(2);
    }

    @Test
    void anotherYearIsEmptyAndAYearOutOfRangeIsRefused() {
        long bulletin = scenario().bulletin().id();
        TimelinessReport next = service.report(user("editor"), bulletin, 2027);
        assertThat(next.issues()).isEmpty();
        assertThat(next.departments()).isEmpty();
        assertThat(next.totals().medianSecondsToSubmit()).isNull();
        assertThatThrownBy(() -> service.report(user("editor"), bulletin, 1999)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void submittersRecipientsAndAdministratorsAreRefused() {
        long bulletin = scenario().bulletin().id();
        for (String username : List.of("gat", "recipient", "sysadmin", "secadmin")) {
            assertThatThrownBy(() -> service.report(user(username), bulletin, 2026)).as(username)
                    .isInstanceOf(ForbiddenException.class);
        }
        String query = "?bulletinId=" + bulletin + "&year=2026";
        assertThat(api("gat").get("/api/dashboard/timeliness" + query).status()).isEqualTo(403);
        assertThat(api("recipient").get("/api/dashboard/late-departments.xlsx" + query).status()).isEqualTo(403);
        assertThat(api("editor").get("/api/dashboard/timeliness?bulletinId=987654&year=2026").status()).isEqualTo(404);
        assertThat(api("editor").get("/api/dashboard/timeliness?bulletinId=" + bulletin + "&year=1999").status())
                .isEqualTo(400);
    }

    @Test
    void theApiAnswersTheReportAsJson() {
        long bulletin = scenario().bulletin().id();
        ApiClient.Response response = api("reviewer").get("/api/dashboard/timeliness?bulletinId=" + bulletin + "&year=2026");
        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("year").asInt()).isEqualTo(2026);
        assertThat(json.get("totals").get("late").asInt()).isEqualTo(2);
        assertThat(json.get("totals").get("medianSecondsToSubmit").decimalValue()).isEqualByComparingTo("10800");
        assertThat(json.get("issues").get(0).get("stages").get("compile").asLong()).isEqualTo(14400);
        JsonNode late = api("editor").get("/api/dashboard/late-departments?bulletinId=" + bulletin + "&year=2026").json();
        assertThat(late.get("departments").get(0).get("departmentName").asString()).isEqualTo("住房城乡建设厅");
    }

    @Test
    void csvExportsAreUtf8WithAByteOrderMarkAndOneRowPerDepartmentOrIssue() throws IOException {
        long bulletin = scenario().bulletin().id();
        long exportsBefore = exports("editor");
        byte[] bytes = download("editor", "/api/dashboard/timeliness/departments.csv?bulletinId=" + bulletin + "&year=2026");
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("部门代码,部门,应报期数,按时,逾期,未报送,本期无报送,征集中,退回,");
        assertThat(lines).contains("gat,公安厅,3,1,1,0,1,0,0,24.75,89100", "zjt,住房城乡建设厅,3,0,1,1,0,1,0,49.00,176400");
        // who took which figures out of the system is a line of the process log
        assertThat(exports("editor")).isEqualTo(exportsBefore + 1);

        String issuesCsv = new String(download("auditor", "/api/dashboard/timeliness/issues.csv?bulletinId=" + bulletin
                + "&year=2026"), StandardCharsets.UTF_8);
        assertThat(issuesCsv.lines().count()).isEqualTo(4);
        assertThat(issuesCsv).contains("2026年第1期（总第500期）,2026-03-02—2026-03-06,已分发,2026-03-02 09:00,2026-03-04 09:00,"
                + "2026-03-06 10:00,97.00,72.00,1.00,4.00,20.00,23.00,2,1,0,0,1,");

        String lateCsv = new String(download("leader", "/api/dashboard/late-departments.csv?bulletinId=" + bulletin
                + "&year=2026"), StandardCharsets.UTF_8);
        assertThat(lateCsv.lines().toList()).containsExactly(
                "\uFEFF排名,部门代码,部门,逾期与未报送合计,逾期,未报送,按时,本期无报送,退回,应报期数",
                "1,zjt,住房城乡建设厅,2,1,1,0,0,0,3", "2,gat,公安厅,1,1,0,1,1,0,3");
    }

    @Test
    void xlsxExportsAreRealWorkbooksWithTheSameFigures() throws IOException {
        long bulletin = scenario().bulletin().id();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("editor",
                "/api/dashboard/timeliness.xlsx?bulletinId=" + bulletin + "&year=2026")))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("按部门", "按期次", "统计口径");
            Sheet departments = workbook.getSheet("按部门");
            assertThat(departments.getLastRowNum()).isEqualTo(3);
            Row zjt = row(departments, "zjt");
            assertThat(zjt.getCell(1).getStringCellValue()).isEqualTo("住房城乡建设厅");
            assertThat(zjt.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(zjt.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(zjt.getCell(10).getNumericCellValue()).isEqualTo(176400);
            Sheet issuesSheet = workbook.getSheet("按期次");
            assertThat(issuesSheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026年第1期（总第500期）");
            assertThat(issuesSheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(97.0);
            assertThat(workbook.getSheet("统计口径").getRow(1).getCell(0).getStringCellValue()).startsWith("按时：首次报送");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("leader",
                "/api/dashboard/late-departments.xlsx?bulletinId=" + bulletin + "&year=2026")))) {
            Sheet sheet = workbook.getSheet("逾期及未报送部门");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("住房城乡建设厅");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("公安厅");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void mediansAreExact() {
        assertThat(Medians.of(List.of())).isNull();
        assertThat(Medians.of(List.of(3L, 1L, 2L))).isEqualByComparingTo("2");
        assertThat(Medians.of(List.of(1L, 2L))).isEqualByComparingTo("1.5");
        assertThat(Medians.of(List.of(4L, 1L, 3L, 2L))).isEqualByComparingTo("2.5");
        assertThat(Medians.of(List.of(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2))).isEqualByComparingTo(
                BigDecimal.valueOf(Long.MAX_VALUE / 2));
    }

    private long exports(String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM process_log WHERE action = 'DASHBOARD_EXPORTED' AND actor = :actor")
                .param("actor", actor).query(Long.class).single();
    }

    private static Row row(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private byte[] download(String username, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL()
                .openConnection();
        connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
        assertThat(connection.getResponseCode()).as(path).isEqualTo(200);
        assertThat(connection.getHeaderField("Content-Disposition")).startsWith("attachment");
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
