package cn.scgov.bulletin.audit;

import java.time.Instant;

import cn.scgov.bulletin.shared.AuditAction;

/** What an auditor searches the log by; every field optional. {@code department} matches actor's or subject's. */
public record ProcessLogFilter(String actor, String department, AuditAction action, Long issueId, Instant from,
        Instant to) {
}
