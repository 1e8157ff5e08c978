package cn.scgov.bulletin.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.Frequency;
import cn.scgov.bulletin.calendar.Workdays;
import cn.scgov.bulletin.issue.DeadlineRules;
import cn.scgov.bulletin.schedule.internal.SchedulePlan;
import cn.scgov.bulletin.shared.InvalidInputException;

/** What an administrator's schedule form or API call must satisfy before anything is stored. */
class ScheduleCommandCheck {

    private final DeadlineRules deadlines;

    ScheduleCommandCheck(DeadlineRules deadlines) {
        this.deadlines = deadlines;
    }

    /** Checks a command against the bulletin and the rules (400 by field, 409 to confirm an early deadline). */
    Schedule check(Bulletin bulletin, ScheduleService.ScheduleCommand c) {
        Map<String, String> errors = new LinkedHashMap<>();
        Cadence cadence = bulletin.definition().frequency() == Frequency.MONTHLY ? Cadence.MONTHLY : Cadence.WEEKLY;
        if (c.cadence() != null && c.cadence() != cadence) {
            errors.put("cadence", "与刊物的出刊频率（" + bulletin.definition().frequency().label() + "）不符");
        }
        int maxDay = cadence == Cadence.MONTHLY ? ScheduleService.MAX_MONTHLY_DAY : 7;
        String dayWord = cadence == Cadence.MONTHLY ? "第 1—" + ScheduleService.MAX_MONTHLY_DAY + " 个工作日" : "周一至周日（1—7）";
        Integer openDay = c.openDay();
        if (openDay == null || openDay < 1 || openDay > maxDay) {
            errors.put("openDay", "开设日须为" + dayWord);
        }
        Integer deadlineDay = c.deadlineDay();
        if (deadlineDay == null || deadlineDay < 1 || deadlineDay > maxDay) {
            errors.put("deadlineDay", "截止日须为" + dayWord);
        }
        LocalTime openTime = time(c.openTime(), "openTime", errors);
        LocalTime deadlineTime = time(c.deadlineTime(), "deadlineTime", errors);
        if (c.reminderHours() == null || c.reminderHours() < 1 || c.reminderHours() > 168) {
            errors.put("reminderHours", "提醒须在截止前 1—168 小时");
        }
        if (c.period() == null) {
            errors.put("period", "请选择统计时段");
        }
        if (c.holidayRule() == null) {
            errors.put("holidayRule", "请选择节假日顺延规则");
        }
        if (cadence == Cadence.MONTHLY && openDay != null && deadlineDay != null && deadlineDay < openDay) {
            errors.put("deadlineDay", "截止日不能早于开设日");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("开设计划有误：" + String.join("；", errors.values()), errors);
        }
        Schedule draft = new Schedule(bulletin.id(), Boolean.TRUE.equals(c.active()), cadence, c.period(), openDay,
                openTime, deadlineDay, deadlineTime, c.reminderHours(), c.holidayRule(),
                c.holidayWeekRule() == null ? HolidayWeekRule.SKIP : c.holidayWeekRule(), false, null, 0, null, null);
        // An ordinary week (month) without holidays shows the rhythm the administrator chose.
        Workdays ordinary = new Workdays(Map.of(), java.util.Set.of());
        SchedulePlan.Planned sample = SchedulePlan.plan(draft, ordinary, LocalDate.of(2025, 3, 3), 1,
                java.time.Duration.ZERO).get(0);
        if (java.time.Duration.between(sample.opensAt(), sample.deadline()).compareTo(deadlines.minimumLeadTime()) < 0) {
            throw InvalidInputException.field("deadlineTime", "截止时间距开设不足 " + deadlines.minimumLeadTimeText()
                    + "（最短报送时间），请把截止日或时间往后调");
        }
        boolean early = !sample.deadline().toLocalDate().isAfter(sample.periodEnd());
        if (early && !Boolean.TRUE.equals(c.confirm())) {
            throw new cn.scgov.bulletin.shared.ConfirmationRequiredException(DeadlineRules.BEFORE_PERIOD_END,
                    "按此计划，报送截止时间早于统计时段结束（如本周四截止、时段到周五），部门须在时段结束前报送。如确需如此，请确认后保存（confirm=true）");
        }
        return new Schedule(draft.bulletinId(), draft.active(), cadence, draft.period(), openDay, openTime, deadlineDay,
                deadlineTime, draft.reminderHours(), draft.holidayRule(), draft.holidayWeekRule(), early, null, 0, null, null);
    }

    private static LocalTime time(String text, String field, Map<String, String> errors) {
        try {
            if (text != null && text.strip().matches("\\d{1,2}:\\d{2}")) {
                String[] parts = text.strip().split(":");
                return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            // reported below
        }
        errors.put(field, "请按 24 小时制填写时间，如 09:00");
        return LocalTime.MIDNIGHT;
    }
}
