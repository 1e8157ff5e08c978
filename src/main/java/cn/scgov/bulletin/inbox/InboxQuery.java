package cn.scgov.bulletin.inbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.scgov.bulletin.shared.SearchTerms;

/**
 * The inbox page's tab, filters, sort and page as they appear in its address, so that tabs, paging
 * and the forms on a row lead back to the same view.
 */
public record InboxQuery(InboxTab tab, Long bulletinId, Long issueId, String department, LocalDate dueBefore, InboxSort sort,
        int page, String q) {

    public InboxQuery {
        tab = tab == null ? InboxTab.MINE : tab;
        q = q == null || q.isBlank() ? null : q.strip();
        department = department == null || department.isBlank() ? null : department;
        sort = sort == null ? InboxSort.NEWEST : sort;
        page = Math.max(page, 0);
    }

    public InboxFilter filter(ZoneId zone) {
        return new InboxFilter(bulletinId, issueId, department,
                dueBefore == null ? null : dueBefore.plusDays(1).atStartOfDay(zone).toInstant(), SearchTerms.of(q));
    }

    public boolean filtered() {
        return bulletinId != null || issueId != null || department != null || dueBefore != null || q != null;
    }

    /** This view's query string without the page, as a saved filter keeps it. */
    public String queryString() {
        return link(tab, 0).substring("/inbox?".length());
    }

    /** This view on another tab (filters kept, first page) or another page. */
    public String link(InboxTab otherTab, int otherPage) {
        StringBuilder url = new StringBuilder("/inbox?tab=").append(otherTab.name());
        append(url, "q", q);
        append(url, "bulletinId", bulletinId);
        append(url, "issueId", issueId);
        append(url, "department", department);
        append(url, "dueBefore", dueBefore);
        if (sort != InboxSort.NEWEST) {
            append(url, "sort", sort.name());
        }
        if (otherPage > 0) {
            append(url, "page", otherPage);
        }
        return url.toString();
    }

    public String tabLink(InboxTab otherTab) {
        return link(otherTab, 0);
    }

    public String pageLink(int otherPage) {
        return link(tab, otherPage);
    }

    public String self() {
        return link(tab, page);
    }

    private static void append(StringBuilder url, String name, Object value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    /** Where a form on the inbox returns to: an inbox address, never another site. */
    public static String safeBack(String back) {
        if (back == null || !back.startsWith("/inbox") || back.contains("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/inbox";
        }
        return back;
    }
}
