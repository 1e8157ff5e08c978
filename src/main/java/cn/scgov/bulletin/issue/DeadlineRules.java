package cn.scgov.bulletin.issue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import cn.scgov.bulletin.calendar.Workdays;
import cn.scgov.bulletin.shared.ConfirmationRequiredException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.stereotype.Component;

/**
 * What every deadline must satisfy, whether an editor types it, the system proposes it or a schedule
 * sets it: never in the past, never sooner than the minimum lead time
 * ({@code bulletin.schedule.minimum-lead-time}, 24 hours unless configured) and, when it falls before
 * the period it reports on has ended, only with the user's confirmation.
 */
@Component
public class DeadlineRules {

    /** Asked for when a deadline falls before the end of the issue's period. */
    public static final String BEFORE_PERIOD_END = "deadlineBeforePeriodEnd";

    private final Duration minimumLeadTime;
    private final TimeSource time;

    DeadlineRules(DeadlineSettings settings, TimeSource time) {
        Duration minimumLeadTime = settings.minimumLeadTime();
        if (minimumLeadTime.isNegative()) {
            throw new IllegalArgumentException("bulletin.schedule.minimum-lead-time must not be negative");
        }
        this.minimumLeadTime = minimumLeadTime;
        this.time = time;
    }

    public Duration minimumLeadTime() {
        return minimumLeadTime;
    }

    /** The minimum lead time in words, e.g. "24 小时". */
    public String minimumLeadTimeText() {
        long minutes = minimumLeadTime.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " 小时" : minutes + " 分钟";
    }

    /** The earliest deadline allowed for departments that start now. */
    public Instant earliestFrom(Instant start) {
        return start.plus(minimumLeadTime);
    }

    /** 400 when the deadline is past or leaves departments less than the minimum lead time from {@code start}. */
    public void checkLeadTime(Instant deadline, Instant start, String field) {
        if (!deadline.isAfter(time.now())) {
            throw InvalidInputException.field(field, "报送截止时间须晚于当前时间");
        }
        if (deadline.isBefore(earliestFrom(start))) {
            throw InvalidInputException.field(field, "报送截止时间距开始报送不足 " + minimumLeadTimeText()
                    + "，请至少留出 " + minimumLeadTimeText() + "（最短报送时间）");
        }
    }

    /** 409 asking for confirmation when the deadline falls before the period has ended, unless confirmed. */
    public void checkPeriodEnd(Instant deadline, LocalDate periodEnd, boolean confirmed) {
        if (!confirmed && beforePeriodEnd(deadline, periodEnd)) {
            throw new ConfirmationRequiredException(BEFORE_PERIOD_END, "报送截止时间早于统计时段结束（" + periodEnd
                    + " 24:00），部门须在时段结束前报送。如确需如此，请确认后再提交（confirm=true）");
        }
    }

    public boolean beforePeriodEnd(Instant deadline, LocalDate periodEnd) {
        return deadline.isBefore(periodEnd.plusDays(1).atStartOfDay(time.zone()).toInstant());
    }

    /**
     * The first workday at {@code timeOfDay}, on or after {@code from}'s day, that is no earlier than
     * {@code notBefore}: where a proposed or scheduled deadline goes when it would be too soon.
     */
    public static LocalDateTime firstWorkdayAt(Workdays workdays, LocalDate from, LocalTime timeOfDay, Instant notBefore,
            ZoneId zone) {
        LocalDate day = workdays.onOrAfter(from);
        for (int i = 0; i < 400 && day.atTime(timeOfDay).atZone(zone).toInstant().isBefore(notBefore); i++) {
            day = workdays.onOrAfter(day.plusDays(1));
        }
        return day.atTime(timeOfDay);
    }
}
