package cn.scgov.bulletin.calendar.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import cn.scgov.bulletin.calendar.CalendarDay;
import cn.scgov.bulletin.calendar.DayKind;
import cn.scgov.bulletin.shared.InvalidInputException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a calendar file (CSV, UTF-8): one named day per line as {@code date,kind,name}, e.g.
 * {@code 2026-02-14,班,春节调休上班}. Lines starting with {@code #} and blank lines are ignored, and so
 * is a header line {@code date,kind,name}. Every line is checked before anything is stored; a file
 * with a bad line is refused as a whole, naming each bad line.
 */
public final class CalendarFile {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2099;
    static final int MAX_NAME = 50;
    private static final int MAX_REPORTED = 30;

    private CalendarFile() {
    }

    /** The file's days by year, each year in date order. */
    public static Map<Integer, List<CalendarDay>> read(byte[] content) {
        String text = decode(content);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<LocalDate, Long> seen = new HashMap<>();
        Map<Integer, List<CalendarDay>> years = new TreeMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                long line = lines.lineOf(record.getCharacterPosition());
                if (isHeader(record)) {
                    continue;
                }
                try {
                    CalendarDay day = day(record);
                    Long earlier = seen.putIfAbsent(day.date(), line);
                    if (earlier != null) {
                        throw new IllegalArgumentException("日期 " + day.date() + " 与第 " + earlier + " 行重复");
                    }
                    years.computeIfAbsent(day.date().getYear(), y -> new ArrayList<>()).add(day);
                } catch (IllegalArgumentException e) {
                    if (errors.size() < MAX_REPORTED) {
                        errors.put("第" + line + "行", e.getMessage());
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.put("格式", "无法读取 CSV：" + e.getMessage());
        }
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new InvalidInputException("日历文件有误，未导入任何数据：" + first.getKey() + "：" + first.getValue()
                    + (errors.size() > 1 ? "（共 " + errors.size() + " 处错误）" : ""), errors);
        }
        if (years.isEmpty()) {
            throw new InvalidInputException("日历文件中没有任何日期");
        }
        years.values().forEach(days -> days.sort(java.util.Comparator.comparing(CalendarDay::date)));
        return years;
    }

    /** Checks one day as the administrator typed it (also used by the one-day edit). */
    public static CalendarDay check(LocalDate date, DayKind kind, String name) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("年份须在 " + MIN_YEAR + "—" + MAX_YEAR + " 之间");
        }
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("请填写名称（如“春节”）");
        }
        if (text.codePointCount(0, text.length()) > MAX_NAME) {
            throw new IllegalArgumentException("名称不超过 " + MAX_NAME + " 字");
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.WORKDAY && !weekend) {
            throw new IllegalArgumentException(date + " 是工作日（" + weekday(date) + "），调休上班日只能是周六或周日");
        }
        return new CalendarDay(date, kind, text);
    }

    private static CalendarDay day(CSVRecord record) {
        if (record.size() != 3) {
            throw new IllegalArgumentException("应有 3 列（日期,类别,名称），实际 " + record.size() + " 列");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(record.get(0));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("日期“" + record.get(0) + "”无效，格式应为 2026-02-14");
        }
        return check(date, kind(record.get(1)), record.get(2));
    }

    static DayKind kind(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "休", "HOLIDAY" -> DayKind.HOLIDAY;
            case "班", "WORKDAY" -> DayKind.WORKDAY;
            default -> throw new IllegalArgumentException("类别“" + text + "”无效，应为“休”（放假）或“班”（调休上班）");
        };
    }

    /** The 1-based line on which a record starts; records come in order, so it counts on from the last one. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineOf(long recordPosition) {
            for (; position < recordPosition && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static boolean isHeader(CSVRecord record) {
        String first = record.get(0).strip().toLowerCase(Locale.ROOT);
        return first.equals("date") || first.equals("日期");
    }

    private static String weekday(LocalDate date) {
        return "周" + "一二三四五六日".charAt(date.getDayOfWeek().getValue() - 1);
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("日历文件须为 UTF-8 编码（Excel 请“另存为 CSV UTF-8”）");
        }
    }
}
