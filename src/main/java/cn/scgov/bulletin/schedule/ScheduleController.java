package cn.scgov.bulletin.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Schedules and their occurrences over the API. */
@RestController
class ScheduleController {

    private final ScheduleService service;
    private final TimeSource time;

    ScheduleController(ScheduleService service, TimeSource time) {
        this.service = service;
        this.time = time;
    }

    record SkipRequest(String reason) {
    }

    record MoveRequest(@NotNull(message = "请填写开设时间") LocalDateTime opensAt,
            @NotNull(message = "请填写报送截止时间") LocalDateTime deadline, Boolean confirm) {
    }

    @GetMapping("/api/bulletins/{bulletinId}/schedule")
    Schedule schedule(CurrentUser user, @PathVariable long bulletinId) {
        return service.schedule(user, bulletinId).orElseThrow(() -> new NotFoundException("该刊物尚未设置开设计划"));
    }

    @PutMapping("/api/bulletins/{bulletinId}/schedule")
    Schedule save(CurrentUser user, @PathVariable long bulletinId, @RequestBody ScheduleService.ScheduleCommand command) {
        return service.save(user, bulletinId, command);
    }

    @GetMapping("/api/bulletins/{bulletinId}/occurrences")
    List<Occurrence> occurrences(CurrentUser user, @PathVariable long bulletinId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) Integer count) {
        return service.occurrences(user, bulletinId, from == null ? time.today() : from, count == null ? 12 : count);
    }

    @PostMapping("/api/bulletins/{bulletinId}/occurrences/{periodStart}/skip")
    Occurrence skip(CurrentUser user, @PathVariable long bulletinId, @PathVariable LocalDate periodStart,
            @RequestBody SkipRequest request) {
        return service.skip(user, bulletinId, periodStart, request.reason());
    }

    @PutMapping("/api/bulletins/{bulletinId}/occurrences/{periodStart}")
    Occurrence move(CurrentUser user, @PathVariable long bulletinId, @PathVariable LocalDate periodStart,
            @Valid @RequestBody MoveRequest request) {
        return service.move(user, bulletinId, periodStart, request.opensAt(), request.deadline(),
                Boolean.TRUE.equals(request.confirm()));
    }

    @PostMapping("/api/bulletins/{bulletinId}/occurrences/{periodStart}/restore")
    Occurrence restore(CurrentUser user, @PathVariable long bulletinId, @PathVariable LocalDate periodStart) {
        return service.restore(user, bulletinId, periodStart);
    }
}
