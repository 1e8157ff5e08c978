package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.issue.internal.IssueRepository;
import cn.scgov.bulletin.bulletin.Bulletin;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The issue lines open issues would get if they were signed off in period order. Proposed numbers change only
 * when an issue of a bulletin opens, is cancelled or is numbered, or when the bulletin's definition changes
 * (a new version): they are cached per issue and bulletin version, and every node drops its copy at the
 * other changes ({@link #numberingChanged}).
 */
@Component
class ProposedLines {

    static final String CACHE = "issue-proposals";

    private final IssueRepository issues;

    ProposedLines(IssueRepository issues) {
        this.issues = issues;
    }

    @Cacheable(cacheNames = CACHE, key = "{#issue.id(), #bulletin.version()}", sync = true)
    Issues.IssueLine line(Issue issue, Bulletin bulletin) {
        IssueNumbering.Numbers numbers = IssueNumbering.proposed(issues, bulletin.definition(), issue);
        return new Issues.IssueLine(IssueFormats.issueLine(issue.issueLineFormat(), numbers.year(),
                numbers.yearlyNumber(), numbers.cumulativeNumber()), true);
    }

    /** Called by the steps that open, cancel or number an issue, inside their transaction. */
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    void numberingChanged() {
        // The eviction is the work.
    }
}
