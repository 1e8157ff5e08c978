package cn.scgov.bulletin.compilation.internal;

import cn.scgov.bulletin.compilation.CompiledItem;
import cn.scgov.bulletin.compilation.CompiledItemRevisions;
import cn.scgov.bulletin.compilation.StatisticFigure;
import cn.scgov.bulletin.compilation.YearToDate;
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
        if (accepted.revision()) {
            replace(accepted);
            return;
        }
        for (ContributionItem item : accepted.items()) {
            Instant now = time.now();
            long id = repository.addItem(accepted.issueId(), item.sectionId(), accepted.departmentCode(),
                    accepted.contributionId(), item.text(), item.text(), null, now);
            revisions.record(accepted.issueId(), id, null, now, item.text());
        }
    }

    /**
     * A revision accepted while compiling replaces the department's compiled items section by section, in
     * their compiled order: the n-th revised item of a section replaces the n-th item there (its current
     * text, an editor's edit included, stays in the item's revisions), extra revised items are added at the
     * section's end, and items the revision no longer has are excluded, kept with their history.
     */
    private void replace(ContributionAccepted accepted) {
        Instant now = time.now();
        Map<Long, java.util.Deque<CompiledItem>> compiled = new java.util.HashMap<>();
        for (CompiledItem item : repository.items(accepted.issueId())) {
            if (accepted.departmentCode().equals(item.departmentCode())
                    && Long.valueOf(accepted.contributionId()).equals(item.contributionId())) {
                compiled.computeIfAbsent(item.sectionId(), k -> new java.util.ArrayDeque<>()).add(item);
            }
        }
        for (ContributionItem revised : accepted.items()) {
            CompiledItem replaced = compiled.getOrDefault(revised.sectionId(), new java.util.ArrayDeque<>()).poll();
            if (replaced == null) {
                long id = repository.addItem(accepted.issueId(), revised.sectionId(), accepted.departmentCode(),
                        accepted.contributionId(), revised.text(), revised.text(), null, now);
                revisions.record(accepted.issueId(), id, null, now, revised.text());
                continue;
            }
            repository.replaceDepartmentText(replaced.id(), revised.text(), now);
            if (!replaced.text().equals(revised.text())) {
                revisions.keepCurrent(replaced, accepted.issueId());
                revisions.record(accepted.issueId(), replaced.id(), null, now, revised.text());
            }
        }
        compiled.values().forEach(left -> left.forEach(item -> repository.exclude(item.id(), now)));
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
