package cn.scgov.bulletin.office;

import cn.scgov.bulletin.schedule.Occurrence;
import cn.scgov.bulletin.schedule.ScheduleService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import cn.scgov.bulletin.calendar.WorkdayCalendar;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConfirmationRequiredException;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedirect;
import cn.scgov.bulletin.shared.TimeSource;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's calendar of coming issues: what opens when, with skip, move and undo for editors. */
@Controller
class SchedulePageController {

    private final ScheduleService service;
    private final WorkdayCalendar calendar;
    private final TimeSource time;

    SchedulePageController(ScheduleService service, WorkdayCalendar calendar, TimeSource time) {
        this.service = service;
        this.calendar = calendar;
        this.time = time;
    }

    /** The move form as typed: strings, so whatever the editor typed comes back unchanged. */
    record MoveForm(String opensDate, String opensTime, String deadlineDate, String deadlineTime, Boolean confirm) {
    }

    @GetMapping("/schedule")
    String board(CurrentUser user, Model model) {
        var plans = service.board(user, time.today());
        TreeSet<Integer> years = new TreeSet<>();
        plans.forEach(plan -> plan.occurrences().forEach(o -> {
            years.add(o.opensAt().getYear());
            years.add(o.deadline().getYear());
        }));
        var known = calendar.around(time.today(), time.today());
        model.addAttribute("plans", plans);
        model.addAttribute("unknownYears", years.stream().filter(y -> !known.knows(y)).toList());
        model.addAttribute("now", time.localNow());
        return "schedule/board";
    }

    @PostMapping("/schedule/{bulletinId}/{periodStart}/skip")
    String skip(CurrentUser user, @PathVariable long bulletinId, @PathVariable LocalDate periodStart,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        RefusalRedirect.to("/schedule#bulletin-" + bulletinId, InvalidInputException.class, ConflictException.class);
        Occurrence skipped = service.skip(user, bulletinId, periodStart, reason);
        redirect.addFlashAttribute("flashSuccess", "已跳过 " + skipped.periodStart() + "—" + skipped.periodEnd() + " 这一期");
        return "redirect:/schedule#bulletin-" + bulletinId;
    }

    @PostMapping("/schedule/{bulletinId}/{periodStart}/restore")
    String restore(CurrentUser user, @PathVariable long bulletinId, @PathVariable LocalDate periodStart,
            RedirectAttributes redirect) {
        RefusalRedirect.to("/schedule#bulletin-" + bulletinId, ConflictException.class);
        service.restore(user, bulletinId, periodStart);
        redirect.addFlashAttribute("flashSuccess", "已恢复按计划开设");
        return "redirect:/schedule#bulletin-" + bulletinId;
    }

    @GetMapping("/schedule/{bulletinId}/{periodStart}/move")
    String moveForm(CurrentUser user, @PathVariable long bulletinId, @PathVariable LocalDate periodStart, Model model) {
        ScheduleService.requireEditor(user);
        Occurrence occurrence = service.occurrence(user, bulletinId, periodStart);
        return move(model, occurrence, new MoveForm(occurrence.opensAt().toLocalDate().toString(),
                occurrence.opensAt().toLocalTime().toString(), occurrence.deadline().toLocalDate().toString(),
                occurrence.deadline().toLocalTime().toString(), false), Map.of(), null);
    }

    @PostMapping("/schedule/{bulletinId}/{periodStart}/move")
    String moveSubmit(CurrentUser user, @PathVariable long bulletinId, @PathVariable LocalDate periodStart, MoveForm form,
            Model model, RedirectAttributes redirect) {
        ScheduleService.requireEditor(user);
        Occurrence occurrence = service.occurrence(user, bulletinId, periodStart);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDateTime opensAt = dateTime(form.opensDate(), form.opensTime(), "opensAt", errors);
        LocalDateTime deadline = dateTime(form.deadlineDate(), form.deadlineTime(), "deadline", errors);
        RefusalRedraw.on(model, refusal -> {
            if (refusal instanceof ConfirmationRequiredException) {
                return move(model, occurrence, form, errors, refusal.getMessage());
            }
            Map<String, String> fields = RefusalRedraw.fieldErrors(refusal);
            errors.putAll(fields.isEmpty() ? Map.of("opensAt", refusal.getMessage()) : fields);
            return move(model, occurrence, form, errors, null);
        }, ConfirmationRequiredException.class, InvalidInputException.class);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查标出的项目", errors);
        }
        // Any other conflict (the occurrence opened or moved meanwhile) goes back to the board.
        RefusalRedirect.to("/schedule#bulletin-" + bulletinId, ConflictException.class);
        Occurrence moved = service.move(user, bulletinId, periodStart, opensAt, deadline,
                Boolean.TRUE.equals(form.confirm()));
        redirect.addFlashAttribute("flashSuccess", "已调整 " + moved.periodStart() + "—" + moved.periodEnd()
                + " 这一期：" + moved.opensAt().toLocalDate() + " " + moved.opensAt().toLocalTime() + " 开设");
        return "redirect:/schedule#bulletin-" + bulletinId;
    }

    private String move(Model model, Occurrence occurrence, MoveForm form, Map<String, String> errors, String confirmation) {
        model.addAttribute("occurrence", occurrence);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("confirmation", confirmation);
        return "schedule/move";
    }

    static LocalDateTime dateTime(String date, String timeText, String field, Map<String, String> errors) {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "日期格式应为 2026-03-02");
            return null;
        }
        String text = timeText == null ? "" : timeText.strip().replace('：', ':');
        if (!text.matches("\\d{1,2}:\\d{2}")) {
            errors.put(field, "请按 24 小时制填写时间，如 17:00");
            return null;
        }
        String[] parts = text.split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        if (hour > 23 || minute > 59) {
            errors.put(field, "请按 24 小时制填写时间，如 17:00");
            return null;
        }
        return day.atTime(LocalTime.of(hour, minute));
    }
}
