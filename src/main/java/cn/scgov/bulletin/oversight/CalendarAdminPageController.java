package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.calendar.CalendarAdministration;
import cn.scgov.bulletin.calendar.CalendarDay;
import cn.scgov.bulletin.calendar.DayKind;
import cn.scgov.bulletin.calendar.WorkdayCalendar;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.RefusalRedirect;
import cn.scgov.bulletin.shared.TimeSource;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's page of the workday calendar: the years in the system, import, one-day edits. */
@Controller
class CalendarAdminPageController {

    private final WorkdayCalendar calendar;
    private final CalendarAdministration administration;
    private final TimeSource time;

    CalendarAdminPageController(WorkdayCalendar calendar, CalendarAdministration administration, TimeSource time) {
        this.calendar = calendar;
        this.administration = administration;
        this.time = time;
    }

    record DayForm(String date, String kind, String name) {
    }

    @GetMapping("/admin/calendar")
    String page(CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        CalendarAdministration.requireSystemAdministrator(user);
        return page(model, year, new DayForm("", DayKind.HOLIDAY.name(), ""), Map.of(), null);
    }

    @PostMapping("/admin/calendar/import")
    String importFile(CurrentUser user, @RequestParam(value = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        CalendarAdministration.requireSystemAdministrator(user);
        RefusalRedraw.on(model, refusal -> page(model, null, new DayForm("", DayKind.HOLIDAY.name(), ""), Map.of(),
                new ImportError(refusal.getMessage(), RefusalRedraw.fieldErrors(refusal))),
                InvalidInputException.class);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("请选择要导入的日历文件");
        }
        CalendarAdministration.ImportResult result = administration.importFile(user, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("flashSuccess", "已导入 " + result.years().stream()
                .map(y -> y.year() + " 年（放假 " + y.holidays() + " 天，调休上班 " + y.workdays() + " 天）")
                .reduce((a, b) -> a + "、" + b).orElse(""));
        return "redirect:/admin/calendar?year=" + result.years().get(0).year();
    }

    @PostMapping("/admin/calendar/days")
    String setDay(CurrentUser user, DayForm form, Model model, RedirectAttributes redirect) {
        CalendarAdministration.requireSystemAdministrator(user);
        LocalDate date = date(form.date());
        // A date that does not read shows this year, as the page does without one.
        RefusalRedraw.on(model, refusal -> page(model, date == null ? null : date.getYear(), form,
                RefusalRedraw.fieldErrors(refusal), null), InvalidInputException.class);
        if (date == null) {
            throw InvalidInputException.field("date", "日期格式应为 2026-02-14");
        }
        DayKind kind = "WORKDAY".equals(form.kind()) ? DayKind.WORKDAY : DayKind.HOLIDAY;
        administration.setDay(user, date, kind, form.name());
        redirect.addFlashAttribute("flashSuccess", "已保存 " + date + "（" + kind.mark() + "）");
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @PostMapping("/admin/calendar/days/{date}/delete")
    String removeDay(CurrentUser user, @PathVariable LocalDate date, RedirectAttributes redirect) {
        RefusalRedirect.to("/admin/calendar?year=" + date.getYear(), NotFoundException.class);
        administration.removeDay(user, date);
        redirect.addFlashAttribute("flashSuccess", "已删除 " + date);
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    record ImportError(String message, Map<String, String> lines) {
    }

    record DayRow(CalendarDay day, String weekday) {
    }

    private String page(Model model, Integer requestedYear, DayForm form, Map<String, String> errors, ImportError importError) {
        int thisYear = time.today().getYear();
        int year = requestedYear == null ? thisYear : requestedYear;
        model.addAttribute("years", calendar.years());
        model.addAttribute("year", year);
        model.addAttribute("rows", calendar.days(year).stream()
                .map(day -> new DayRow(day, "周" + "一二三四五六日".charAt(day.date().getDayOfWeek().getValue() - 1))).toList());
        var known = calendar.around(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1));
        model.addAttribute("yearKnown", known.knows(year));
        model.addAttribute("nextYear", thisYear + 1);
        model.addAttribute("nextYearKnown", known.knows(thisYear + 1) || calendar.years().stream().anyMatch(y -> y.year() == thisYear + 1));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("importError", importError);
        model.addAttribute("kinds", DayKind.values());
        return "admin/calendar";
    }
}
