package cn.scgov.bulletin.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timeliness dashboard's API (office, approvers, auditors): the report as JSON, CSV and XLSX, and
 * the year-end report of late departments. {@code year} defaults to the current year.
 */
@RestController
class DashboardController {

    private final TimelinessService service;
    private final TimeSource time;

    DashboardController(TimelinessService service, TimeSource time) {
        this.service = service;
        this.time = time;
    }

    @GetMapping("/api/dashboard/timeliness")
    TimelinessReport timeliness(CurrentUser user, @RequestParam long bulletinId, @RequestParam(required = false) Integer year) {
        return service.report(user, bulletinId, year(year));
    }

    @GetMapping("/api/dashboard/timeliness/departments.csv")
    void departmentsCsv(CurrentUser user, @RequestParam long bulletinId, @RequestParam(required = false) Integer year,
            HttpServletResponse response) throws IOException {
        TimelinessReport report = service.report(user, bulletinId, year(year));
        service.exported(user, report, "按部门 CSV");
        csv(response, TimelinessTables.departments(report), "timeliness-departments-" + bulletinId + "-" + report.year());
    }

    @GetMapping("/api/dashboard/timeliness/issues.csv")
    void issuesCsv(CurrentUser user, @RequestParam long bulletinId, @RequestParam(required = false) Integer year,
            HttpServletResponse response) throws IOException {
        TimelinessReport report = service.report(user, bulletinId, year(year));
        service.exported(user, report, "按期次 CSV");
        csv(response, TimelinessTables.issues(report, time.zone()), "timeliness-issues-" + bulletinId + "-" + report.year());
    }

    @GetMapping("/api/dashboard/timeliness.xlsx")
    void timelinessXlsx(CurrentUser user, @RequestParam long bulletinId, @RequestParam(required = false) Integer year,
            HttpServletResponse response) throws IOException {
        TimelinessReport report = service.report(user, bulletinId, year(year));
        service.exported(user, report, "统计表 XLSX");
        xlsx(response, report.bulletinTitle() + " " + report.year() + "年报送及时性统计",
                List.of(TimelinessTables.departments(report), TimelinessTables.issues(report, time.zone())),
                "timeliness-" + bulletinId + "-" + report.year());
    }

    @GetMapping("/api/dashboard/late-departments")
    LateDepartments lateDepartments(CurrentUser user, @RequestParam long bulletinId,
            @RequestParam(required = false) Integer year) {
        return service.lateDepartments(user, bulletinId, year(year));
    }

    @GetMapping("/api/dashboard/late-departments.csv")
    void lateDepartmentsCsv(CurrentUser user, @RequestParam long bulletinId, @RequestParam(required = false) Integer year,
            HttpServletResponse response) throws IOException {
        LateDepartments report = service.lateDepartments(user, bulletinId, year(year));
        service.exported(user, report, "年度逾期部门报告 CSV");
        csv(response, TimelinessTables.lateDepartments(report), "late-departments-" + bulletinId + "-" + report.year());
    }

    @GetMapping("/api/dashboard/late-departments.xlsx")
    void lateDepartmentsXlsx(CurrentUser user, @RequestParam long bulletinId, @RequestParam(required = false) Integer year,
            HttpServletResponse response) throws IOException {
        LateDepartments report = service.lateDepartments(user, bulletinId, year(year));
        service.exported(user, report, "年度逾期部门报告 XLSX");
        xlsx(response, report.bulletinTitle() + " " + report.year() + "年逾期及未报送部门",
                List.of(TimelinessTables.lateDepartments(report)), "late-departments-" + bulletinId + "-" + report.year());
    }

    private int year(Integer year) {
        return year == null ? time.today().getYear() : year;
    }

    private static void csv(HttpServletResponse response, TimelinessTables.Table table, String name) throws IOException {
        response.setContentType(TimelinessExports.CSV_TYPE);
        response.setHeader("Content-Disposition", disposition(name + ".csv"));
        try (OutputStream out = response.getOutputStream()) {
            TimelinessExports.csv(table, out);
        }
    }

    private static void xlsx(HttpServletResponse response, String title, List<TimelinessTables.Table> tables, String name)
            throws IOException {
        response.setContentType(TimelinessExports.XLSX_TYPE);
        response.setHeader("Content-Disposition", disposition(name + ".xlsx"));
        try (OutputStream out = response.getOutputStream()) {
            TimelinessExports.xlsx(title, tables, out);
        }
    }

    private static String disposition(String filename) {
        return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
    }
}
