package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.dashboard.DurationText;
import cn.scgov.bulletin.dashboard.TimelinessReport;
import cn.scgov.bulletin.dashboard.TimelinessService;
import cn.scgov.bulletin.dashboard.TimelinessTables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard pages: charts (drawn by js/dashboard.js with ECharts from the data block on the page)
 * with the same figures as tables beside them, export links, and the year-end report of late departments.
 */
@Controller
class DashboardPageController {

    private final TimelinessService service;
    private final TimeSource time;
    private final JsonMapper json;

    DashboardPageController(TimelinessService service, TimeSource time, JsonMapper json) {
        this.service = service;
        this.time = time;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String dashboard(CurrentUser user, @RequestParam(required = false) Long bulletinId,
            @RequestParam(required = false) Integer year, Model model) {
        Bulletin bulletin = choose(user, bulletinId, year, model);
        if (bulletin != null) {
            TimelinessReport report = service.report(user, bulletin.id(), (Integer) model.getAttribute("year"));
            model.addAttribute("report", report);
            model.addAttribute("chartData", chartData(report));
        }
        return "dashboard/timeliness";
    }

    @GetMapping("/dashboard/late-departments")
    String lateDepartments(CurrentUser user, @RequestParam(required = false) Long bulletinId,
            @RequestParam(required = false) Integer year, Model model) {
        Bulletin bulletin = choose(user, bulletinId, year, model);
        if (bulletin != null) {
            model.addAttribute("late", service.lateDepartments(user, bulletin.id(), (Integer) model.getAttribute("year")));
        }
        return "dashboard/late-departments";
    }

    private Bulletin choose(CurrentUser user, Long bulletinId, Integer year, Model model) {
        List<Bulletin> bulletins = service.bulletins(user);
        int chosenYear = year == null ? time.today().getYear() : year;
        Bulletin chosen = bulletins.stream().filter(b -> bulletinId == null || b.id() == bulletinId).findFirst()
                .orElse(null);
        model.addAttribute("bulletins", bulletins);
        model.addAttribute("bulletin", chosen);
        model.addAttribute("year", chosenYear);
        model.addAttribute("rules", TimelinessTables.RULES);
        if (bulletinId != null && chosen == null) {
            // An unknown bulletin: the service answers 404 as it would over the API.
            service.report(user, bulletinId, chosenYear);
        }
        return chosen;
    }

    /** What the charts draw; "</" is escaped so the block can never end the script element early. */
    private String chartData(TimelinessReport report) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("departments", report.departments().stream().map(TimelinessReport.DepartmentRow::departmentName).toList());
        data.put("onTime", report.departments().stream().map(TimelinessReport.DepartmentRow::onTime).toList());
        data.put("late", report.departments().stream().map(TimelinessReport.DepartmentRow::late).toList());
        data.put("notSubmitted", report.departments().stream().map(TimelinessReport.DepartmentRow::notSubmitted).toList());
        data.put("nothingToReport", report.departments().stream().map(TimelinessReport.DepartmentRow::nothingToReport).toList());
        data.put("pending", report.departments().stream().map(TimelinessReport.DepartmentRow::pending).toList());
        data.put("medianHours", report.departments().stream()
                .map(row -> DurationText.hours(row.medianSecondsToSubmit())).toList());
        data.put("issues", report.issues().stream().map(TimelinessReport.IssueRow::issueLine).toList());
        data.put("drafting", report.issues().stream().map(row -> DurationText.hours(row.stages().drafting())).toList());
        data.put("review", report.issues().stream().map(row -> DurationText.hours(row.stages().review())).toList());
        data.put("compile", report.issues().stream().map(row -> DurationText.hours(row.stages().compile())).toList());
        data.put("signoff", report.issues().stream().map(row -> DurationText.hours(row.stages().signoff())).toList());
        data.put("acknowledgement", report.issues().stream()
                .map(row -> DurationText.hours(row.stages().acknowledgement())).toList());
        return json.writeValueAsString(data).replace("</", "<\\/");
    }
}
