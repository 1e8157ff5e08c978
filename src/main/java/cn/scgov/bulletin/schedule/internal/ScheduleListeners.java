package cn.scgov.bulletin.schedule.internal;

import cn.scgov.bulletin.schedule.Cadence;
import cn.scgov.bulletin.schedule.HolidayWeekRule;
import cn.scgov.bulletin.schedule.PeriodChoice;
import cn.scgov.bulletin.schedule.Schedule;
import java.time.LocalTime;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.bulletin.Frequency;
import cn.scgov.bulletin.calendar.CalendarChanged;
import cn.scgov.bulletin.calendar.ShiftRule;
import cn.scgov.bulletin.schedule.internal.ScheduleRepository;
import cn.scgov.bulletin.schedule.internal.ScheduleTimer;
import cn.scgov.bulletin.shared.ApplicationSettings;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the timers right: a changed calendar re-plans every active schedule (in the change's
 * transaction); with demo data, the seeded bulletins get a schedule to look at, paused until the
 * system administrator switches it on.
 */
@Component
class ScheduleListeners {

    private final ScheduleRepository repository;
    private final ScheduleTimer timer;
    private final BulletinCatalog catalog;
    private final TimeSource time;
    private final boolean demoData;

    ScheduleListeners(ScheduleRepository repository, ScheduleTimer timer, BulletinCatalog catalog, TimeSource time,
            ApplicationSettings settings) {
        this.repository = repository;
        this.timer = timer;
        this.catalog = catalog;
        this.time = time;
        this.demoData = settings.demoData();
    }

    @EventListener
    void on(CalendarChanged changed) {
        repository.all().stream().filter(Schedule::active).forEach(s -> timer.reschedule(s.bulletinId(), true));
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedDemoSchedules() {
        if (!demoData) {
            return;
        }
        Map<String, Schedule> seeds = Map.of(
                "weekly", new Schedule(0, false, Cadence.WEEKLY, PeriodChoice.CURRENT, 1, LocalTime.of(9, 0), 4,
                        LocalTime.of(17, 0), 24, ShiftRule.NEXT_WORKDAY, HolidayWeekRule.SKIP, true, null, 0, null, null),
                "monthly", new Schedule(0, false, Cadence.MONTHLY, PeriodChoice.PREVIOUS, 1, LocalTime.of(9, 0), 5,
                        LocalTime.of(17, 0), 24, ShiftRule.NEXT_WORKDAY, HolidayWeekRule.SKIP, false, null, 0, null, null));
        for (Bulletin bulletin : catalog.bulletins()) {
            Schedule seed = seeds.get(bulletin.code());
            boolean matches = seed != null && (seed.cadence() == Cadence.MONTHLY) == (bulletin.definition().frequency() == Frequency.MONTHLY);
            if (matches && repository.find(bulletin.id()).isEmpty()) {
                try {
                    repository.insert(new Schedule(bulletin.id(), false, seed.cadence(), seed.period(), seed.openDay(),
                            seed.openTime(), seed.deadlineDay(), seed.deadlineTime(), seed.reminderHours(), seed.holidayRule(),
                            seed.holidayWeekRule(), seed.deadlineBeforePeriodEndConfirmed(), null, 0, null, null),
                            "system", time.now());
                } catch (org.springframework.dao.DuplicateKeyException e) {
                    // another node seeded it
                }
            }
        }
    }
}
