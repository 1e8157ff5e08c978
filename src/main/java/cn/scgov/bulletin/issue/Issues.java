package cn.scgov.bulletin.issue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.shared.NotFoundException;

import org.springframework.stereotype.Service;

/** Read access to issues for other modules (no caller checks: see {@link IssueAccess}). */
@Service
public class Issues {

    private final IssueRepository issues;
    private final OutlineRepository outlines;
    private final BulletinCatalog catalog;
    private final java.util.Map<Long, IssueOutline> outlineCache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, IssueOutline> eldest) {
                    return size() > 512;
                }
            });

    private final java.util.concurrent.atomic.AtomicLong numberingGeneration = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.Map<Long, Proposal> proposals = new java.util.concurrent.ConcurrentHashMap<>();

    Issues(IssueRepository issues, OutlineRepository outlines, BulletinCatalog catalog) {
        this.issues = issues;
        this.outlines = outlines;
        this.catalog = catalog;
    }

    public Issue require(long issueId) {
        return issues.find(issueId).orElseThrow(() -> new NotFoundException("期次不存在：" + issueId));
    }

    public Optional<Issue> find(long issueId) {
        return issues.find(issueId);
    }

    public Optional<Issue> byProcessInstance(String processInstanceId) {
        return issues.findByProcessInstance(processInstanceId);
    }

    public List<Issue> byProcessInstances(java.util.Collection<String> processInstanceIds) {
        return issues.findByProcessInstances(processInstanceIds);
    }

    /** Whether an issue of the bulletin that is not cancelled covers any day of this period. */
    public boolean periodTaken(long bulletinId, java.time.LocalDate start, java.time.LocalDate end) {
        return issues.periodTaken(bulletinId, start, end);
    }

    /** The last day of the latest period of the bulletin's issues that are not cancelled. */
    public Optional<java.time.LocalDate> latestPeriodEnd(long bulletinId) {
        return issues.latestNotCancelled(bulletinId).map(Issue::periodEnd);
    }

    public List<Issue> all(List<Long> ids) {
        return issues.findAll(ids);
    }

    /** An issue's outline; it never changes once the issue is open, so recent ones are kept in memory. */
    public IssueOutline outline(long issueId) {
        IssueOutline cached = outlineCache.get(issueId);
        if (cached != null) {
            return cached;
        }
        IssueOutline outline = outlines.outline(issueId);
        if (!outline.sections().isEmpty()) {
            outlineCache.put(issueId, outline);
        }
        return outline;
    }

    public Set<String> contributingDepartments(long issueId) {
        return outline(issueId).contributingDepartments();
    }

    public List<ColophonLine> colophon(long issueId) {
        return outlines.colophon(issueId);
    }

    /**
     * The issue line, with the numbers it has or, before sign-off, the ones it would get if the open
     * issues were signed off in period order (numbers follow the year of the period, not of today).
     */
    public IssueLine issueLine(Issue issue) {
        if (issue.numbered()) {
            return new IssueLine(IssueFormats.issueLine(issue.issueLineFormat(), issue.numberingYear(),
                    issue.yearlyNumber(), issue.cumulativeNumber()), false);
        }
        return proposedLine(issue);
    }

    private IssueLine proposedLine(Issue issue) {
        if (issue.status() == IssueStatus.CANCELLED) {
            return new IssueLine("已作废", false);
        }
        var bulletin = catalog.bulletin(issue.bulletinId());
        long generation = numberingGeneration.get();
        Proposal known = proposals.get(issue.id());
        if (known != null && known.generation() == generation && known.bulletinVersion() == bulletin.version()) {
            return known.line();
        }
        IssueLine line = computeProposedLine(issue, bulletin.definition());
        if (proposals.size() > 10_000) {
            proposals.clear();
        }
        proposals.put(issue.id(), new Proposal(generation, bulletin.version(), line));
        return line;
    }

    /**
     * Proposed numbers change only when an issue of a bulletin opens, is cancelled or is numbered; those
     * steps call this (and it runs again when their transaction ends), so proposals can be remembered.
     */
    void numberingChanged() {
        numberingGeneration.incrementAndGet();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            numberingGeneration.incrementAndGet();
                        }
                    });
        }
    }

    private record Proposal(long generation, int bulletinVersion, IssueLine line) {
    }

    private IssueLine computeProposedLine(Issue issue, cn.scgov.bulletin.bulletin.BulletinDefinition definition) {
        IssueNumbering.Numbers numbers = IssueNumbering.proposed(issues, definition, issue);
        return new IssueLine(IssueFormats.issueLine(issue.issueLineFormat(), numbers.year(), numbers.yearlyNumber(),
                numbers.cumulativeNumber()), true);
    }

    /** An issue line as shown; {@code proposed} until the issue is numbered at sign-off. */
    public record IssueLine(String text, boolean proposed) {
    }
}
