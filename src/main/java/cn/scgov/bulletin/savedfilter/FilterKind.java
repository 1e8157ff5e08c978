package cn.scgov.bulletin.savedfilter;

import java.util.List;

/** The pages a filter can be saved from, and the parameters of their addresses a saved filter keeps. */
public enum FilterKind {
    INBOX("/inbox", List.of("tab", "q", "bulletinId", "issueId", "department", "dueBefore", "sort")),
    ARCHIVE("/archive", List.of("q", "bulletin", "department", "from", "to", "year"));

    private final String path;
    private final List<String> parameters;

    FilterKind(String path, List<String> parameters) {
        this.path = path;
        this.parameters = parameters;
    }

    public String path() {
        return path;
    }

    public List<String> parameters() {
        return parameters;
    }
}
