package cn.scgov.bulletin.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.PageRequest;

/**
 * The auditor's search form exactly as typed (every field a string, so nothing a user types can
 * fail binding), and its reading as a {@link ProcessLogFilter} with the errors to show next to the fields.
 */
public record AuditSearch(String actor, String department, String action, String issue, String from, String to,
        String page, String size) {

    public static final Set<Integer> PAGE_SIZES = Set.of(20, 50, 100);
    static final int DEFAULT_SIZE = 50;

    /** The filter, or the reasons it cannot be read; dates are whole days in the application's zone. */
    public record Reading(ProcessLogFilter filter, PageRequest page, Map<String, String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public Reading read(ZoneId zone, ProcessLogActions actions) {
        Map<String, String> errors = new LinkedHashMap<>();
        AuditAction chosenAction = null;
        if (present(action)) {
            chosenAction = actions.find(action.strip()).orElse(null);
            if (chosenAction == null) {
                errors.put("action", "请从列表中选择操作类型");
            }
        }
        Long issueId = null;
        if (present(issue)) {
            try {
                issueId = Long.parseLong(issue.strip());
                if (issueId < 1) {
                    errors.put("issue", "期次编号须为正整数");
                }
            } catch (NumberFormatException e) {
                errors.put("issue", "期次编号须为正整数");
            }
        }
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("to", "结束日期不能早于开始日期");
        }
        if (present(actor) && actor.strip().length() > 64) {
            errors.put("actor", "用户名不超过 64 个字符");
        }
        Instant startAt = start == null ? null : start.atStartOfDay(zone).toInstant();
        Instant endAt = end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant();
        ProcessLogFilter filter = new ProcessLogFilter(trimmed(actor), trimmed(department), chosenAction, issueId,
                startAt, endAt);
        return new Reading(filter, new PageRequest(pageNumber(), pageSize()), errors);
    }

    public int pageNumber() {
        try {
            return present(page) ? Math.max(0, Integer.parseInt(page.strip())) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public int pageSize() {
        try {
            int wanted = present(size) ? Integer.parseInt(size.strip()) : DEFAULT_SIZE;
            return PAGE_SIZES.contains(wanted) ? wanted : DEFAULT_SIZE;
        } catch (NumberFormatException e) {
            return DEFAULT_SIZE;
        }
    }

    /** The same search on another page; {@code page < 0} leaves paging out (for the export link). */
    public String query(int pageNumber) {
        StringJoiner query = new StringJoiner("&");
        add(query, "actor", actor);
        add(query, "department", department);
        add(query, "action", action);
        add(query, "issue", issue);
        add(query, "from", from);
        add(query, "to", to);
        if (pageNumber >= 0) {
            if (pageSize() != DEFAULT_SIZE) {
                add(query, "size", String.valueOf(pageSize()));
            }
            if (pageNumber > 0) {
                add(query, "page", String.valueOf(pageNumber));
            }
        }
        return query.toString();
    }

    public boolean empty() {
        return !present(actor) && !present(department) && !present(action) && !present(issue) && !present(from)
                && !present(to);
    }

    private static LocalDate date(String field, String value, Map<String, String> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                errors.put(field, "日期须在 2000 年至 2100 年之间");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, "日期格式应为 2026-03-16");
            return null;
        }
    }

    private static void add(StringJoiner query, String name, String value) {
        if (present(value)) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static String trimmed(String value) {
        return present(value) ? value.strip() : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
