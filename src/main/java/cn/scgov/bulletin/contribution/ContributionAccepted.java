package cn.scgov.bulletin.contribution;

import java.util.List;

/** An editor accepted a contribution: its items go into the issue for compiling. */
public record ContributionAccepted(long issueId, long contributionId, String departmentCode,
        List<ContributionItem> items) {
}
