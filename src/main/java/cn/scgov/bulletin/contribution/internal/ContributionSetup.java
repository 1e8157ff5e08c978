package cn.scgov.bulletin.contribution.internal;

import cn.scgov.bulletin.issue.IssueOpened;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Creates one contribution per contributing department when an issue opens. */
@Component
class ContributionSetup {

    private final ContributionRepository contributions;

    ContributionSetup(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    @EventListener
    void on(IssueOpened opened) {
        opened.contributingDepartments().forEach(department -> contributions.create(opened.issueId(), department));
    }
}
