package cn.scgov.bulletin.incident;

import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Failed and dead-letter jobs, for the system administrator: list, stack trace, retry one or all. */
@RestController
class IncidentController {

    private final Incidents incidents;

    IncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    record Stacktrace(String jobId, String stacktrace) {
    }

    record RetryAll(int total, long retried, List<Incident.RetryResult> results) {
    }

    @GetMapping("/api/admin/incidents")
    PageResult<Incident> list(CurrentUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return incidents.list(user, PageRequest.of(page, size, 50));
    }

    @GetMapping("/api/admin/incidents/{jobId}/stacktrace")
    Stacktrace stacktrace(CurrentUser user, @PathVariable String jobId) {
        return new Stacktrace(jobId, incidents.stacktrace(user, jobId));
    }

    @PostMapping("/api/admin/incidents/{jobId}/retry")
    Incident.RetryResult retry(CurrentUser user, @PathVariable String jobId) {
        return incidents.retry(user, jobId);
    }

    @PostMapping("/api/admin/incidents/retry-all")
    RetryAll retryAll(CurrentUser user) {
        List<Incident.RetryResult> results = incidents.retryAll(user);
        return new RetryAll(results.size(), results.stream().filter(r -> r.outcome().equals("RETRIED")).count(), results);
    }
}
