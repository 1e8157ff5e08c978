package cn.scgov.bulletin.savedfilter;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A named filter of one user: the page's query string, kept as saved. */
public record SavedFilter(long id, FilterKind kind, String name, String query, Instant createdAt) {

    /** Where applying the filter leads: the page with the saved parameters. */
    @JsonProperty("href")
    public String href() {
        return query.isEmpty() ? kind.path() : kind.path() + "?" + query;
    }
}
