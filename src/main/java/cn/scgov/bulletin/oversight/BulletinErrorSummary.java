package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.bulletin.BulletinForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * The editor's list of mistakes above the form: each names where it is ("栏目“窗口工作动态”·栏目标识")
 * and links to the field, since a bare "须为整数" means nothing out of place.
 */
final class BulletinErrorSummary {

    record Entry(String target, String where, String message) {
    }

    private static final Pattern SECTION =
            Pattern.compile("sections\\[(\\d+)](?:\\.(metrics|checklist)\\[(\\d+)])?(?:\\.(\\w+))?(?:\\[\\d+])?");
    private static final Pattern ROW = Pattern.compile("(signoffChain|colophon|headingStyles)\\[(\\d+)](?:\\.(\\w+))?");

    private BulletinErrorSummary() {
    }

    static List<Entry> of(Map<String, String> errors, BulletinForm form, List<String> numbers, MessageSource messages,
            Locale locale) {
        List<Entry> entries = new ArrayList<>();
        errors.forEach((path, message) -> {
            if (!path.isEmpty()) {
                entries.add(entry(path, message, form, numbers, messages, locale));
            }
        });
        return entries;
    }

    private static Entry entry(String path, String message, BulletinForm form, List<String> numbers,
            MessageSource messages, Locale locale) {
        Matcher section = SECTION.matcher(path);
        if (section.matches()) {
            int i = Integer.parseInt(section.group(1));
            String title = i < form.getSections().size() ? form.getSections().get(i).getTitle() : "";
            String where = text(messages, locale, "admin.summary.section", i < numbers.size() ? numbers.get(i) : "",
                    title == null || title.isBlank() ? text(messages, locale, "admin.section.untitled") : title);
            String target = "s" + i;
            if (section.group(2) != null) {
                String row = "metrics".equals(section.group(2)) ? "-m" : "-c";
                target += row + section.group(3);
                where += " · " + text(messages, locale, "metrics".equals(section.group(2)) ? "admin.section.metrics"
                        : "admin.section.checklist") + " " + (Integer.parseInt(section.group(3)) + 1);
            } else if (section.group(4) != null) {
                String field = section.group(4);
                target += "-" + field;
                where += " · " + text(messages, locale, "admin.section." + field);
            }
            return new Entry(target, where, message);
        }
        Matcher row = ROW.matcher(path);
        if (row.matches()) {
            int n = Integer.parseInt(row.group(2));
            return switch (row.group(1)) {
                case "signoffChain" -> new Entry("step" + n, text(messages, locale, "admin.summary.step", n + 1), message);
                case "colophon" -> new Entry("colophon" + n, text(messages, locale, "admin.summary.colophon", n + 1), message);
                default -> new Entry("style" + n + "-input", text(messages, locale, "admin.bulletin.level", n + 1), message);
            };
        }
        String field = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        return new Entry(field, text(messages, locale, "admin.bulletin." + field), message);
    }

    private static String text(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key.substring(key.lastIndexOf('.') + 1), locale);
    }
}
