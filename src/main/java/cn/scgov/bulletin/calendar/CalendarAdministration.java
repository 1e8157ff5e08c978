package cn.scgov.bulletin.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.calendar.internal.CalendarFile;
import cn.scgov.bulletin.calendar.internal.CalendarRepository;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The system administrator's changes to the calendar: importing a year's notice, editing one day. */
@Service
public class CalendarAdministration {

    private final CalendarRepository repository;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    CalendarAdministration(CalendarRepository repository, TimeSource time,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.time = time;
        this.events = events;
    }

    public record ImportResult(List<CalendarYear> years) {
    }

    /**
     * Replaces every year the file names with the file's days: a year is the whole notice of that year,
     * so a corrected notice is imported again as a whole. Nothing is stored if any line is bad.
     */
    @Transactional
    @RetryOnCollision
    public ImportResult importFile(CurrentUser actor, String fileName, byte[] content) {
         requireSystemAdministrator(actor);
        Map<Integer, List<CalendarDay>> years = CalendarFile.read(content);
        String source = fileName == null || fileName.isBlank() ? "导入文件" : "导入文件 " + fileName.strip();
        String shortSource = source.length() > 300 ? source.substring(0, 300) : source;
        years.forEach((year, days) -> {
            repository.lockYear(year, shortSource, actor.username(), time.now());
            repository.replaceYear(year, days);
            long holidays = days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
            events.publishEvent(ProcessLogged.of(CalendarAction.CALENDAR_IMPORTED, actor.username(),
                    year + " 年：放假 " + holidays + " 天，调休上班 " + (days.size() - holidays) + " 天（" + shortSource + "）"));
        });
        events.publishEvent(new CalendarChanged(years.keySet()));
        return new ImportResult(repository.years().stream().filter(y -> years.containsKey(y.year())).toList());
    }

    /** Sets one day (adds it, or changes its kind or name). */
    @Transactional
    @RetryOnCollision
    public CalendarDay setDay(CurrentUser actor, LocalDate date, DayKind kind, String name) {
         requireSystemAdministrator(actor);
        CalendarDay day;
        try {
            day = CalendarFile.check(date, kind, name);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(e.getMessage().startsWith("请填写名称") || e.getMessage().startsWith("名称")
                    ? "name" : "date", e.getMessage());
        }
        repository.lockYear(date.getYear(), "系统管理员修改", actor.username(), time.now());
        repository.put(day);
        events.publishEvent(ProcessLogged.of(CalendarAction.CALENDAR_DAY_CHANGED, actor.username(),
                date + " " + day.kind().mark() + " " + day.name()));
        events.publishEvent(new CalendarChanged(java.util.Set.of(date.getYear())));
        return day;
    }

    /** Removes a named day: it becomes an ordinary weekday or weekend day again. */
    @Transactional
    @RetryOnCollision
    public void removeDay(CurrentUser actor, LocalDate date) {
        requireSystemAdministrator(actor);
        repository.lockYear(date.getYear(), "系统管理员修改", actor.username(), time.now());
        if (!repository.remove(date)) {
            throw new NotFoundException("节假日安排中没有 " + date);
        }
        events.publishEvent(ProcessLogged.of(CalendarAction.CALENDAR_DAY_CHANGED, actor.username(), date + " 删除"));
        events.publishEvent(new CalendarChanged(java.util.Set.of(date.getYear())));
    }

    public static void requireSystemAdministrator(CurrentUser actor) {
        if (!actor.has(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可修改节假日安排");
        }
    }
}
