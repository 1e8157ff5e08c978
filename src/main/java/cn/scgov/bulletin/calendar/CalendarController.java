package cn.scgov.bulletin.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.scgov.bulletin.calendar.internal.CalendarFile;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.InvalidInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The workday calendar over the API: everyone reads it, the system administrator changes it. */
@RestController
class CalendarController {

    private final WorkdayCalendar calendar;
    private final CalendarAdministration administration;

    CalendarController(WorkdayCalendar calendar, CalendarAdministration administration) {
        this.calendar = calendar;
        this.administration = administration;
    }

    record YearView(int year, boolean known, List<CalendarDay> days) {
    }

    record DayRequest(@NotNull(message = "请选择类别：HOLIDAY（休）或 WORKDAY（班）") DayKind kind,
            @NotNull(message = "请填写名称") @Size(max = 50, message = "名称不超过 50 字") String name) {
    }

    @GetMapping("/api/calendar/years")
    List<CalendarYear> years(CurrentUser user) {
        return calendar.years();
    }

    @GetMapping("/api/calendar/{year}")
    YearView year(CurrentUser user, @PathVariable int year) {
        checkYear(year);
        return new YearView(year, calendar.around(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1)).knows(year),
                calendar.days(year));
    }

    /** The year as a calendar file, in the format the import reads. */
    @GetMapping("/api/calendar/{year}.csv")
    ResponseEntity<String> file(CurrentUser user, @PathVariable int year) {
        checkYear(year);
        StringBuilder csv = new StringBuilder("date,kind,name\n");
        calendar.days(year).forEach(day -> csv.append(day.date()).append(',').append(day.kind().mark()).append(',')
                .append(day.name().contains(",") || day.name().contains("\"")
                        ? '"' + day.name().replace("\"", "\"\"") + '"' : day.name())
                .append('\n'));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=cn-" + year + ".csv")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv.toString());
    }

    @PostMapping(value = "/api/calendar/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CalendarAdministration.ImportResult importFile(CurrentUser user, @RequestParam("file") MultipartFile file)
            throws IOException {
        return administration.importFile(user, file.getOriginalFilename(), file.getBytes());
    }

    @PostMapping(value = "/api/calendar/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    CalendarAdministration.ImportResult importText(CurrentUser user, @RequestBody byte[] content) {
        return administration.importFile(user, null, content);
    }

    @PutMapping("/api/calendar/days/{date}")
    CalendarDay setDay(CurrentUser user, @PathVariable LocalDate date, @Valid @RequestBody DayRequest request) {
        return administration.setDay(user, date, request.kind(), request.name());
    }

    @DeleteMapping("/api/calendar/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeDay(CurrentUser user, @PathVariable LocalDate date) {
        administration.removeDay(user, date);
    }

    private static void checkYear(int year) {
        if (year < CalendarFile.MIN_YEAR || year > CalendarFile.MAX_YEAR) {
            throw InvalidInputException.field("year", "年份须在 " + CalendarFile.MIN_YEAR + "—" + CalendarFile.MAX_YEAR + " 之间");
        }
    }
}
