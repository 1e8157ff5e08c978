package cn.scgov.bulletin.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.PageRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {

    private final AuditService service;

    AuditController(AuditService service) {
        this.service = service;
    }

    @GetMapping("/api/audit/log")
    ProcessLogPage log(CurrentUser user, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String department, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) Long issueId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        AuditService.requireAuditor(user);
        return service.search(user, filter(actor, department, action, issueId, from, to), PageRequest.of(page, size, 50));
    }

    @GetMapping("/api/audit/log.csv")
    void export(CurrentUser user, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String department, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) Long issueId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, HttpServletResponse response) throws IOException {
        AuditService.requireAuditor(user);
        ProcessLogFilter filter = filter(actor, department, action, issueId, from, to);
        service.search(user, filter, PageRequest.of(0, 1, 1));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"process-log.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        service.export(user, filter, out);
        out.flush();
    }

    @GetMapping("/api/issues/{issueId}/timeline")
    List<TimelineEntry> timeline(CurrentUser user, @PathVariable long issueId,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String kind,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String department) {
        return TimelineView.filter(service.timeline(user, issueId), new TimelineView.Filter(kind, department));
    }

    @GetMapping("/api/issues/{issueId}/log")
    List<ProcessLogEntry> issueLog(CurrentUser user, @PathVariable long issueId) {
        return service.issueLog(user, issueId);
    }

    @GetMapping("/api/issues/{issueId}/diagram")
    ProcessDiagram.Diagram diagram(CurrentUser user, @PathVariable long issueId) {
        return service.diagram(user, issueId);
    }

    @GetMapping(value = "/api/issues/{issueId}/diagram.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> diagramPng(CurrentUser user, @PathVariable long issueId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(service.diagramPng(user, issueId));
    }

    /** Dates between 2000 and 2100, {@code from} not after {@code to}; otherwise 400 naming the field. */
    private ProcessLogFilter filter(String actor, String department, AuditAction action, Long issueId, LocalDate from,
            LocalDate to) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (var date : java.util.Map.of("from", java.util.Optional.ofNullable(from), "to", java.util.Optional.ofNullable(to)).entrySet()) {
            date.getValue().filter(d -> d.getYear() < 2000 || d.getYear() > 2100)
                    .ifPresent(d -> errors.put(date.getKey(), "日期须在 2000 年至 2100 年之间"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "结束日期不能早于开始日期");
        }
        if (actor != null && actor.length() > 64) {
            errors.put("actor", "用户名不超过 64 个字符");
        }
        if (!errors.isEmpty()) {
            throw new cn.scgov.bulletin.shared.InvalidInputException("查询条件有误：" + String.join("；", errors.values()), errors);
        }
        Instant start = from == null ? null : from.atStartOfDay(service.zone()).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(service.zone()).toInstant();
        return new ProcessLogFilter(blank(actor), blank(department), action, issueId, start, end);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
