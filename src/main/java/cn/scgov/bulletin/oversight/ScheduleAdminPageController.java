package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.schedule.HolidayWeekRule;
import cn.scgov.bulletin.schedule.PeriodChoice;
import cn.scgov.bulletin.schedule.ScheduleService;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.bulletin.Frequency;
import cn.scgov.bulletin.calendar.ShiftRule;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.DeadlineRules;
import cn.scgov.bulletin.shared.ConfirmationRequiredException;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's form for a bulletin's schedule, with a confirm step for an early deadline. */
@Controller
class ScheduleAdminPageController {

    private final ScheduleService service;
    private final BulletinCatalog catalog;
    private final DeadlineRules deadlines;

    ScheduleAdminPageController(ScheduleService service, BulletinCatalog catalog, DeadlineRules deadlines) {
        this.service = service;
        this.catalog = catalog;
        this.deadlines = deadlines;
    }

    /** The form as typed (strings and enums by name), so it comes back unchanged after an error. */
    record ScheduleForm(Boolean active, String period, String openDay, String openTime, String deadlineDay,
            String deadlineTime, String reminderHours, String holidayRule, String holidayWeekRule, Integer version,
            Boolean confirm) {
    }

    @GetMapping("/admin/bulletins/{bulletinId}/schedule")
    String form(CurrentUser user, @PathVariable long bulletinId, Model model) {
        requireSystemAdministrator(user);
        Bulletin bulletin = catalog.bulletin(bulletinId);
        ScheduleForm form = service.schedule(user, bulletinId).map(s -> new ScheduleForm(s.active(), s.period().name(),
                String.valueOf(s.openDay()), s.openTime().toString(), String.valueOf(s.deadlineDay()),
                s.deadlineTime().toString(), String.valueOf(s.reminderHours()), s.holidayRule().name(),
                s.holidayWeekRule().name(), s.version(), false)).orElseGet(() -> defaults(bulletin));
        return page(model, bulletin, form, Map.of(), null, null);
    }

    @PostMapping("/admin/bulletins/{bulletinId}/schedule")
    String save(CurrentUser user, @PathVariable long bulletinId, ScheduleForm form, Model model,
            RedirectAttributes redirect) {
        requireSystemAdministrator(user);
        Bulletin bulletin = catalog.bulletin(bulletinId);
        RefusalRedraw.on(model, refusal -> refusal instanceof ConfirmationRequiredException
                ? page(model, bulletin, form, Map.of(), null, refusal.getMessage())
                : page(model, bulletin, form, RefusalRedraw.fieldErrors(refusal), refusal.getMessage(), null),
                InvalidInputException.class, ConflictException.class);
        service.save(user, bulletinId, new ScheduleService.ScheduleCommand(Boolean.TRUE.equals(form.active()), null,
                parse(PeriodChoice.class, form.period()), number(form.openDay()), form.openTime(),
                number(form.deadlineDay()), form.deadlineTime(), number(form.reminderHours()),
                parse(ShiftRule.class, form.holidayRule()), parse(HolidayWeekRule.class, form.holidayWeekRule()),
                form.version(), Boolean.TRUE.equals(form.confirm())));
        redirect.addFlashAttribute("flashSuccess", "已保存 " + bulletin.title() + " 的开设计划");
        return "redirect:/schedule#bulletin-" + bulletinId;
    }

    private String page(Model model, Bulletin bulletin, ScheduleForm form, Map<String, String> errors, String error,
            String confirmation) {
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("monthly", bulletin.definition().frequency() == Frequency.MONTHLY);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", error);
        model.addAttribute("confirmation", confirmation);
        model.addAttribute("periods", PeriodChoice.values());
        model.addAttribute("rules", ShiftRule.values());
        model.addAttribute("weekRules", HolidayWeekRule.values());
        model.addAttribute("minimumLeadTime", deadlines.minimumLeadTimeText());
        return "schedule/edit";
    }

    private static ScheduleForm defaults(Bulletin bulletin) {
        boolean monthly = bulletin.definition().frequency() == Frequency.MONTHLY;
        return new ScheduleForm(false, monthly ? PeriodChoice.PREVIOUS.name() : PeriodChoice.CURRENT.name(), "1", "09:00",
                monthly ? "5" : "4", "17:00", String.valueOf(bulletin.definition().reminderHours()),
                ShiftRule.NEXT_WORKDAY.name(), HolidayWeekRule.SKIP.name(), null, false);
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void requireSystemAdministrator(CurrentUser user) {
        if (!user.has(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可设置开设计划");
        }
    }
}
