package cn.scgov.bulletin.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedGenerator;

/**
 * Writes a copy of a real issue's rows (read by {@link IssueRows}) as another issue of the same bulletin: the
 * same application rows and engine history, with new ids (engine ids new time-based UUIDs in the original
 * order of creation, so the timeline orders steps of one second the same way), every time and date moved by
 * whole days, the period, year and numbers of the new issue, and the references between them (process
 * instance, business key, the issueId and date variables, tasks named in the process log and notices, links,
 * sections named in contribution revisions) pointing at the copy. Bulk inserts of up to 200 rows a statement.
 */
final class IssueCloner {

    private static final Pattern UUID_VALUE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern LINK_ID = Pattern.compile("/(issues|contributions)/(\\d+)");
    private static final Pattern REVISION_SECTION = Pattern.compile("(\"sectionId\"\\s*:\\s*)(\\d+)");
    private static final int ROWS_PER_STATEMENT = 200;
    private static final TimeBasedGenerator UUIDS = Generators.timeBasedGenerator();

    /** The new issue: its period, numbers and how far (days) its times lie after the template's. */
    record Target(LocalDate periodStart, LocalDate periodEnd, long shiftDays, int numberingYear, int yearlyNumber,
            Integer cumulativeNumber) {
    }

    private final Connection connection;
    private final IssueRows template;
    private final List<String> engineIds;

    IssueCloner(Connection connection, IssueRows template) {
        this.connection = connection;
        this.template = template;
        TreeSet<String> ids = new TreeSet<>();
        template.tables.values().forEach(table -> table.rows().forEach(row -> {
            for (Object value : row) {
                if (value instanceof String text && UUID_VALUE.matcher(text).matches()) {
                    ids.add(text);
                }
            }
        }));
        this.engineIds = new ArrayList<>(ids);
        this.engineIds.sort(Comparator.comparingLong(IssueCloner::createdAt).thenComparing(Comparator.naturalOrder()));
    }

    private static long createdAt(String uuid) {
        java.util.UUID value = java.util.UUID.fromString(uuid);
        return value.version() == 1 ? value.timestamp() : 0;
    }

    /** Inserts the copy and returns the new issue's id (the caller commits). */
    long copy(Target target) throws SQLException {
        Map<String, String> uuids = new HashMap<>();
        engineIds.forEach(id -> uuids.put(id, UUIDS.generate().toString()));
        Map<Long, Long> issues = new HashMap<>();
        Map<Long, Long> sections = new HashMap<>();
        Map<Long, Long> contributions = new HashMap<>();
        long shiftMillis = target.shiftDays() * 86_400_000L;
        for (IssueRows.Table table : template.tables.values()) {
            if (table.rows().isEmpty()) {
                continue;
            }
            String name = table.name();
            boolean generatedId = name.equals("issue") || name.equals("issue_section") || name.equals("contribution");
            boolean dropId = !generatedId && table.index("id") >= 0 && !name.startsWith("ACT_");
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) {
                if (!((generatedId || dropId) && table.columns().get(i).equalsIgnoreCase("id"))) {
                    kept.add(i);
                }
            }
            List<Object[]> copies = new ArrayList<>();
            for (Object[] row : table.rows()) {
                Object[] copy = row.clone();
                for (int i = 0; i < copy.length; i++) {
                    copy[i] = mapped(table, i, copy[i], uuids, issues, sections, contributions, target.shiftDays());
                }
                engineSpecifics(table, copy, issues, shiftMillis);
                if (name.equals("issue")) {
                    set(table, copy, "period_start", Date.valueOf(target.periodStart()));
                    set(table, copy, "period_end", Date.valueOf(target.periodEnd()));
                    set(table, copy, "numbering_year", target.numberingYear());
                    set(table, copy, "yearly_number", target.yearlyNumber());
                    set(table, copy, "cumulative_number", target.cumulativeNumber());
                }
                if (generatedId) {
                    long newId = insertOne(table, kept, copy);
                    long oldId = ((Number) row[table.index("id")]).longValue();
                    (name.equals("issue") ? issues : name.equals("issue_section") ? sections : contributions).put(oldId, newId);
                } else {
                    copies.add(copy);
                }
            }
            insertMany(table, kept, copies);
        }
        return issues.get(template.issueId);
    }

    private Object mapped(IssueRows.Table table, int index, Object value, Map<String, String> uuids, Map<Long, Long> issues,
            Map<Long, Long> sections, Map<Long, Long> contributions, long shiftDays) {
        if (value == null) {
            return null;
        }
        String column = table.columns().get(index).toLowerCase();
        if (value instanceof Timestamp time) {
            return Timestamp.valueOf(time.toLocalDateTime().plusDays(shiftDays));
        }
        if (value instanceof Date date) {
            return Date.valueOf(date.toLocalDate().plusDays(shiftDays));
        }
        if (value instanceof String text) {
            if (uuids.containsKey(text)) {
                return uuids.get(text);
            }
            if (column.equals("link")) {
                return replaceIds(text, LINK_ID, m -> (m.group(1).equals("issues") ? issues : contributions), 2);
            }
            if (table.name().equals("contribution_revision") && column.equals("content")) {
                return replaceIds(text, REVISION_SECTION, m -> sections, 2);
            }
            return text;
        }
        if (table.name().startsWith("ACT_")) {
            return value;
        }
        return switch (column) {
            case "issue_id" -> issues.get(((Number) value).longValue());
            case "section_id", "parent_id" -> sections.get(((Number) value).longValue());
            case "contribution_id" -> contributions.get(((Number) value).longValue());
            case "digest_id" -> null;
            default -> value;
        };
    }

    private static String replaceIds(String text, Pattern pattern, java.util.function.Function<Matcher, Map<Long, Long>> map,
            int group) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Long replacement = map.apply(matcher).get(Long.parseLong(matcher.group(group)));
            String whole = matcher.group();
            String id = matcher.group(group);
            String rewritten = replacement == null ? whole
                    : whole.substring(0, whole.length() - id.length()) + replacement;
            matcher.appendReplacement(out, Matcher.quoteReplacement(rewritten));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The engine's references to the issue outside id columns: the business key and the process variables. */
    private void engineSpecifics(IssueRows.Table table, Object[] copy, Map<Long, Long> issues, long shiftMillis) {
        String newIssue = String.valueOf(issues.get(template.issueId));
        if (table.name().equals("ACT_HI_PROCINST")) {
            set(table, copy, "BUSINESS_KEY_", newIssue);
        } else if (table.name().equals("ACT_HI_VARINST") || table.name().equals("ACT_HI_DETAIL")) {
            Object name = copy[table.index("NAME_")];
            Object type = copy[table.index("VAR_TYPE_")];
            if ("issueId".equals(name)) {
                set(table, copy, "LONG_", Long.parseLong(newIssue));
                set(table, copy, "TEXT_", newIssue);
            } else if ("date".equals(type) && copy[table.index("LONG_")] instanceof Number millis) {
                set(table, copy, "LONG_", millis.longValue() + shiftMillis);
            }
        }
    }

    private static void set(IssueRows.Table table, Object[] row, String column, Object value) {
        row[table.index(column)] = value;
    }

    private long insertOne(IssueRows.Table table, List<Integer> kept, Object[] row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert(table, kept, 1), Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, kept, row, 0);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void insertMany(IssueRows.Table table, List<Integer> kept, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement statement = connection.prepareStatement(insert(table, kept, chunk.size()))) {
                int parameter = 0;
                for (Object[] row : chunk) {
                    parameter = bind(statement, kept, row, parameter);
                }
                statement.executeUpdate();
            }
        }
    }

    private static int bind(PreparedStatement statement, List<Integer> kept, Object[] row, int parameter) throws SQLException {
        for (int index : kept) {
            statement.setObject(++parameter, row[index]);
        }
        return parameter;
    }

    private static String insert(IssueRows.Table table, List<Integer> kept, int rows) {
        String columns = String.join(", ", kept.stream().map(i -> table.columns().get(i)).toList());
        String values = "(" + String.join(", ", kept.stream().map(i -> "?").toList()) + ")";
        return "INSERT INTO " + table.name() + " (" + columns + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, values));
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
