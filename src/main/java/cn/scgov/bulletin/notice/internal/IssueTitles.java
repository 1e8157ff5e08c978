package cn.scgov.bulletin.notice.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.stereotype.Component;

/**
 * How notices name an issue: 《窗口工作周报》2023年第8期 (a cancelled one by its period,
 * 《窗口工作周报》2023年2月27日—3月3日一期), and its deadline as 2023年3月3日 17:00.
 */
@Component
class IssueTitles {

    record Title(String text, String deadline) {
    }

    private final Issues issues;
    private final TimeSource time;

    IssueTitles(Issues issues, TimeSource time) {
        this.issues = issues;
        this.time = time;
    }

    Title of(Long issueId) {
        if (issueId == null) {
            return new Title("", "");
        }
        Issue issue = issues.require(issueId);
        String deadline = issue.deadline() == null ? ""
                : IssueFormats.date(LocalDate.ofInstant(issue.deadline(), time.zone())) + " "
                        + LocalTime.ofInstant(issue.deadline(), time.zone()).withSecond(0).withNano(0);
        // A cancelled issue never got a number (numbers are given at sign-off; its line reads 已作废): it is
        // named by its period, with the year, as "the issue of …": 《窗口工作周报》2026年11月2日—11月6日一期.
        String line = issue.status() == IssueStatus.CANCELLED && !issue.numbered()
                ? periodName(issue.periodStart(), issue.periodEnd()) : issues.issueLine(issue).text();
        return new Title("《" + issue.title() + "》" + line, deadline);
    }

    static String periodName(LocalDate start, LocalDate end) {
        String last = end.getYear() == start.getYear() ? IssueFormats.monthDay(end) : IssueFormats.date(end);
        return IssueFormats.date(start) + (end.equals(start) ? "" : "—" + last) + "一期";
    }
}
