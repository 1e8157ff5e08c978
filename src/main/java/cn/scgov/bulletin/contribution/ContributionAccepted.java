package cn.scgov.bulletin.contribution;

import java.util.List;

/**
 * An editor accepted a contribution: its items go into the issue for compiling. {@code revision} is true
 * when it is a department's revision of a contribution returned while compiling: its items then replace
 * that department's compiled items.
 */
public record ContributionAccepted(long issueId, long contributionId, String departmentCode,
        List<ContributionItem> items, boolean revision) {
}
