package cn.scgov.bulletin.bulletin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.bulletin.BulletinDefinition.ChecklistItemDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.ColophonLineDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.MetricDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SignoffStepDefinition;
import cn.scgov.bulletin.bulletin.BulletinForm.ChecklistItemForm;
import cn.scgov.bulletin.bulletin.BulletinForm.ColophonForm;
import cn.scgov.bulletin.bulletin.BulletinForm.MetricForm;
import cn.scgov.bulletin.bulletin.BulletinForm.SectionForm;
import cn.scgov.bulletin.bulletin.BulletinForm.StepForm;
import cn.scgov.bulletin.directory.Role;

/**
 * Between the editor's form and a {@link BulletinDefinition}: the flat outline becomes a tree and
 * back, and the definition's error paths ({@code outline[1].children[0].title}) become the form's
 * ({@code sections[3].title}) so each message lands next to its field.
 */
public final class BulletinFormMapper {

    /** The definition read from a form, the form's own reading errors, and where each section went. */
    public record Reading(BulletinDefinition definition, Map<String, String> errors, Map<String, Integer> sectionPaths) {

        /** A definition error path as the form's field name. */
        public String formPath(String path) {
            String clean = path.replaceAll("\\.<[^>]*>", "").replaceFirst("^definition\\.", "");
            String best = null;
            for (String prefix : sectionPaths.keySet()) {
                if ((clean.equals(prefix) || clean.startsWith(prefix + ".")) && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
            if (best != null) {
                clean = "sections[" + sectionPaths.get(best) + "]" + clean.substring(best.length());
            }
            return clean.replaceFirst("^numbering\\.", "");
        }
    }

    private BulletinFormMapper() {
    }

    public static BulletinForm toForm(BulletinDefinition definition) {
        BulletinForm form = new BulletinForm();
        form.setTitle(definition.title());
        form.setIssuer(definition.issuer());
        form.setSubtitle(text(definition.subtitle()));
        form.setFrequency(definition.frequency().name());
        form.setIssueLineFormat(definition.issueLineFormat());
        form.setFirstYear(String.valueOf(definition.numbering().firstYear()));
        form.setFirstYearlyNumber(String.valueOf(definition.numbering().firstYearlyNumber()));
        Integer cumulative = definition.numbering().firstCumulativeNumber();
        form.setFirstCumulativeNumber(cumulative == null ? "" : String.valueOf(cumulative));
        form.setHeadingStyles(new ArrayList<>(definition.headingStyles()));
        form.setPrintCopies(String.valueOf(definition.printCopies()));
        form.setReminderHours(String.valueOf(definition.reminderHours()));
        form.setPeriodLine(definition.printsPeriodLine());
        form.setNumberingConfirmed(definition.numbering().confirmed());
        flatten(definition.outline(), 0, form.getSections());
        for (SignoffStepDefinition step : definition.signoffChain()) {
            StepForm row = new StepForm();
            row.setName(step.name());
            row.setRole(step.role() == null ? "" : step.role().name());
            form.getSignoffChain().add(row);
        }
        for (ColophonLineDefinition line : definition.colophon()) {
            ColophonForm row = new ColophonForm();
            row.setKind(line.kind().name());
            row.setText(line.text());
            row.setRecipientRoles(new ArrayList<>(line.recipientRoles().stream().sorted().map(Role::name).toList()));
            row.setRecipientDepartments(new ArrayList<>(line.recipientDepartments()));
            form.getColophon().add(row);
        }
        return form;
    }

    public static Reading read(BulletinForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> paths = new LinkedHashMap<>();
        BulletinDefinition.Numbering numbering = new BulletinDefinition.Numbering(
                number(form.getFirstYear(), "firstYear", errors, 0),
                number(form.getFirstYearlyNumber(), "firstYearlyNumber", errors, 0),
                blank(form.getFirstCumulativeNumber()) ? null
                        : number(form.getFirstCumulativeNumber(), "firstCumulativeNumber", errors, 1),
                form.isNumberingConfirmed());
        List<SectionDefinition> outline = tree(form.getSections(), 0, form.getSections().size(), "outline", paths, errors);
        List<SignoffStepDefinition> chain = form.getSignoffChain().stream()
                .map(step -> new SignoffStepDefinition(strip(step.getName()), parse(Role.class, step.getRole())))
                .toList();
        List<ColophonLineDefinition> colophon = new ArrayList<>();
        for (int i = 0; i < form.getColophon().size(); i++) {
            ColophonForm line = form.getColophon().get(i);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : line.getRecipientRoles()) {
                Role parsed = parse(Role.class, role);
                if (parsed == null) {
                    errors.put("colophon[" + i + "].recipientRoles", "未知角色：" + role);
                } else {
                    roles.add(parsed);
                }
            }
            colophon.add(new ColophonLineDefinition(parse(ColophonKind.class, line.getKind()), strip(line.getText()), roles,
                    line.getRecipientDepartments().stream().filter(d -> !blank(d)).distinct().toList()));
        }
        BulletinDefinition definition = new BulletinDefinition(strip(form.getTitle()), strip(form.getIssuer()),
                blank(form.getSubtitle()) ? null : form.getSubtitle().strip(), parse(Frequency.class, form.getFrequency()),
                strip(form.getIssueLineFormat()), numbering,
                form.getHeadingStyles().stream().map(BulletinFormMapper::strip).toList(),
                number(form.getPrintCopies(), "printCopies", errors, 1),
                number(form.getReminderHours(), "reminderHours", errors, 0), outline, chain, colophon,
                form.isPeriodLine());
        return new Reading(definition, errors, paths);
    }

    /** Rows {@code from..to} of the flat list as sections: each row owns the deeper rows that follow it. */
    private static List<SectionDefinition> tree(List<SectionForm> rows, int from, int to, String path,
            Map<String, Integer> paths, Map<String, String> errors) {
        List<SectionDefinition> sections = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = i + 1;
            while (end < to && rows.get(end).level() > rows.get(i).level()) {
                end++;
            }
            String at = path + "[" + sections.size() + "]";
            paths.put(at, i);
            List<SectionDefinition> children = tree(rows, i + 1, end, at + ".children", paths, errors);
            sections.add(section(rows.get(i), i, children, errors));
            i = end;
        }
        return sections;
    }

    /** Only the fields of the chosen kind are kept: switching kind hides the others without losing what was typed. */
    private static SectionDefinition section(SectionForm row, int index, List<SectionDefinition> children,
            Map<String, String> errors) {
        SectionKind kind = parse(SectionKind.class, row.getKind());
        boolean narrative = kind == SectionKind.NARRATIVE;
        boolean statistics = kind == SectionKind.STATISTICS;
        boolean checklist = kind == SectionKind.CHECKLIST;
        List<MetricDefinition> metrics = new ArrayList<>();
        for (int m = 0; statistics && m < row.getMetrics().size(); m++) {
            MetricForm metric = row.getMetrics().get(m);
            metrics.add(new MetricDefinition(strip(metric.getKey()), strip(metric.getLabel()),
                    parse(Accumulation.class, metric.getAccumulation()), strip(metric.getUnit()),
                    parse(FigureScale.class, metric.getScale()),
                    number(metric.getDecimals(), "sections[" + index + "].metrics[" + m + "].decimals", errors, 0)));
        }
        List<ChecklistItemDefinition> items = checklist ? row.getChecklist().stream()
                .map(c -> new ChecklistItemDefinition(strip(c.getLabel()), blank(c.getDefaultFinding()) ? null : c.getDefaultFinding().strip()))
                .toList() : List.of();
        return new SectionDefinition(strip(row.getKey()), strip(row.getTitle()), kind, row.isNumberItems(),
                narrative ? row.getDepartments().stream().filter(d -> !blank(d)).distinct().toList() : List.of(),
                statistics && !blank(row.getTemplate()) ? row.getTemplate().strip() : null, metrics, items, children,
                blank(row.getItemStyle()) ? null : row.getItemStyle().strip());
    }

    private static void flatten(List<SectionDefinition> sections, int depth, List<SectionForm> rows) {
        for (SectionDefinition section : sections) {
            SectionForm row = new SectionForm();
            row.setKey(section.key());
            row.setTitle(section.title());
            row.setKind(section.kind().name());
            row.level(depth);
            row.setNumberItems(section.numberItems());
            row.setItemStyle(text(section.itemStyle()));
            row.setDepartments(new ArrayList<>(section.departments()));
            row.setTemplate(text(section.template()));
            for (MetricDefinition metric : section.metrics()) {
                MetricForm m = new MetricForm();
                m.setKey(metric.key());
                m.setLabel(metric.label());
                m.setAccumulation(metric.accumulation() == null ? "" : metric.accumulation().name());
                m.setUnit(text(metric.unit()));
                m.setScale(metric.scale().name());
                m.setDecimals(String.valueOf(metric.decimals()));
                row.getMetrics().add(m);
            }
            for (ChecklistItemDefinition item : section.checklist()) {
                ChecklistItemForm c = new ChecklistItemForm();
                c.setLabel(item.label());
                c.setDefaultFinding(text(item.defaultFinding()));
                row.getChecklist().add(c);
            }
            rows.add(row);
            flatten(section.children(), depth + 1, rows);
        }
    }

    private static int number(String value, String field, Map<String, String> errors, int fallback) {
        if (blank(value)) {
            errors.put(field, "请填写整数");
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "须为整数");
            return fallback;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
