package cn.scgov.bulletin.archive;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.SearchTerms;

/**
 * The archive page's form exactly as typed (strings, so nothing typed fails binding), its reading as a
 * filter with the errors to show next to the fields, and its address for paging and saving.
 */
public record ArchiveQuery(String q, String bulletin, String department, String from, String to, String year, int page) {

    public record Reading(ArchiveFilter filter, Map<String, String> errors) {
    }

    public Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        Long bulletinId = number("bulletin", bulletin, errors);
        Long chosenYear = number("year", year, errors);
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (!errors.isEmpty()) {
            return new Reading(null, errors);
        }
        try {
            SearchTerms terms = SearchTerms.of(q);
            if (terms.isEmpty()) {
                return new Reading(null, errors);
            }
            return new Reading(new ArchiveFilter(terms, bulletinId, department, start, end,
                    chosenYear == null ? null : chosenYear.intValue()), errors);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
            return new Reading(null, errors);
        }
    }

    /** The query string of this search (without the page), as a saved filter keeps it. */
    public String queryString() {
        StringBuilder query = new StringBuilder();
        append(query, "q", q);
        append(query, "bulletin", bulletin);
        append(query, "department", department);
        append(query, "from", from);
        append(query, "to", to);
        append(query, "year", year);
        return query.toString();
    }

    public String pageLink(int otherPage) {
        String query = queryString();
        return "/archive?" + query + (otherPage > 0 ? (query.isEmpty() ? "" : "&") + "page=" + otherPage : "");
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static Long number(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "year".equals(field) ? "年份须为四位数字" : "请从列表中选择刊物");
            return null;
        }
    }

    private static LocalDate date(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "日期格式应为 2025-03-01");
            return null;
        }
    }
}
