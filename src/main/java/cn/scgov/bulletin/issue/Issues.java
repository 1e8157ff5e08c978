package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.issue.internal.IssueRepository;
import cn.scgov.bulletin.issue.internal.OutlineRepository;
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
    private final ProposedLines proposals;

    Issues(IssueRepository issues, OutlineRepository outlines, BulletinCatalog catalog, ProposedLines proposals) {
        this.proposals = proposals;
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

    /** An issue's outline (cached, see {@link OutlineRepository#outline}). */
    public IssueOutline outline(long issueId) {
        return outlines.outline(issueId);
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
        return proposals.line(issue, catalog.bulletin(issue.bulletinId()));
    }

    /** Proposed numbers change when an issue of a bulletin opens, is cancelled or is numbered ({@link ProposedLines}). */
    public void numberingChanged() {
        proposals.numberingChanged();
    }

    /** An issue line as shown; {@code proposed} until the issue is numbered at sign-off. */
    public record IssueLine(String text, boolean proposed) {
    }
}
