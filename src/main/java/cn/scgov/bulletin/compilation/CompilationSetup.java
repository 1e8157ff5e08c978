package cn.scgov.bulletin.compilation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.BulletinDefinition.ChecklistItemDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.MetricDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.contribution.ContributionAccepted;
import cn.scgov.bulletin.contribution.ContributionItem;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueFrozen;
import cn.scgov.bulletin.issue.IssueOpened;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the compiled issue in step with the process: statistics and checklist rows when the issue
 * opens, accepted items when a contribution is accepted, stored year-to-date figures at sign-off.
 */
@Component
class CompilationSetup {

    private final CompilationRepository repository;
    private final Issues issues;
    private final YearToDate yearToDate;
    private final TimeSource time;
    private final CompiledItemRevisions revisions;

    CompilationSetup(CompilationRepository repository, Issues issues, YearToDate yearToDate, TimeSource time,
            CompiledItemRevisions revisions) {
        this.revisions = revisions;
        this.repository = repository;
        this.issues = issues;
        this.yearToDate = yearToDate;
        this.time = time;
    }

    @EventListener
    void on(IssueOpened opened) {
        for (SectionDefinition section : opened.definition().allSections()) {
            long sectionId = opened.sectionIds().get(section.key());
            List<MetricDefinition> metrics = section.metrics();
            for (int i = 0; i < metrics.size(); i++) {
                repository.createStatistic(opened.issueId(), sectionId, metrics.get(i), i);
            }
            List<ChecklistItemDefinition> checklist = section.checklist();
            for (int i = 0; i < checklist.size(); i++) {
                repository.createChecklistEntry(opened.issueId(), sectionId, i, checklist.get(i).label(),
                        checklist.get(i).defaultFinding());
            }
        }
    }

    @EventListener
    void on(ContributionAccepted accepted) {
        for (ContributionItem item : accepted.items()) {
            Instant now = time.now();
            long id = repository.addItem(accepted.issueId(), item.sectionId(), accepted.departmentCode(),
                    accepted.contributionId(), item.text(), item.text(), null, now);
            revisions.record(accepted.issueId(), id, null, now, item.text());
        }
    }

    @EventListener
    void on(IssueFrozen frozen) {
        Issue issue = issues.require(frozen.issueId());
        Map<Long, cn.scgov.bulletin.issue.IssueSection> sections = issues.outline(issue.id()).byId();
        for (StatisticFigure figure : yearToDate.figures(issue, sections, repository.statistics(issue.id()))) {
            if (figure.accumulation() == Accumulation.PERIOD) {
                repository.setStatistic(figure.sectionId(), figure.metricKey(), figure.periodValue(), figure.yearToDate());
            }
        }
    }
}
