package cn.scgov.bulletin.bulletin;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.scgov.bulletin.bulletin.BulletinDefinition.ColophonLineDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.MetricDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/** The rules a bulletin definition must meet beyond field validation; all violations are reported at once. */
@Component
public class DefinitionRules {

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final Pattern METRIC_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Set<String> ISSUE_LINE_PLACEHOLDERS = Set.of("year", "number", "cumulative");
    private static final int MAX_TITLE = 200;
    /** Periods whose dates are written longest: a title filled with them must still fit. */
    private static final List<Period> LONG_PERIODS = List.of(
            new Period(java.time.LocalDate.of(2199, 12, 28), java.time.LocalDate.of(2200, 1, 30)),
            new Period(java.time.LocalDate.of(2199, 12, 11), java.time.LocalDate.of(2199, 12, 31)));
    private static final Set<Role> SIGNOFF_ROLES = Set.of(Role.REVIEWER, Role.LEADER);

    private final Directory directory;

    DefinitionRules(Directory directory) {
        this.directory = directory;
    }

    public void check(BulletinDefinition definition) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> departments = directory.departmentsByCode().keySet();
        if (!definition.issueLineFormat().contains("{number}")) {
            errors.put("issueLineFormat", "期号格式须包含 {number}");
        } else if (!unknownIn(definition.issueLineFormat(), ISSUE_LINE_PLACEHOLDERS).isEmpty()) {
            errors.put("issueLineFormat", "期号格式含未知占位符：" + braced(unknownIn(definition.issueLineFormat(),
                    ISSUE_LINE_PLACEHOLDERS)) + "（可用 {year}、{number}、{cumulative}）");
        }
        if (definition.cumulativeNumbering() && definition.numbering().firstCumulativeNumber() == null) {
            errors.put("numbering.firstCumulativeNumber", "期号格式含总期号，须设置起始总期号");
        }
        for (int i = 0; i < definition.headingStyles().size(); i++) {
            String style = definition.headingStyles().get(i);
            if (!style.contains("{cn}") && !style.contains("{n}")) {
                errors.put("headingStyles[" + i + "]", "序号样式须包含 {cn} 或 {n}");
            }
        }
        checkSections(definition.outline(), "outline", 1, definition.headingStyles().size(), departments,
                new HashSet<>(), errors);
        for (int i = 0; i < definition.signoffChain().size(); i++) {
            if (!SIGNOFF_ROLES.contains(definition.signoffChain().get(i).role())) {
                errors.put("signoffChain[" + i + "].role", "签发角色须为审核人或签发领导");
            }
        }
        for (int i = 0; i < definition.colophon().size(); i++) {
            checkColophonLine(definition.colophon().get(i), "colophon[" + i + "]", departments, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("刊物设置有误：" + String.join("；", errors.values()), errors);
        }
    }

    private void checkSections(List<SectionDefinition> sections, String path, int depth, int levels,
            Set<String> departments, Set<String> keys, Map<String, String> errors) {
        for (int i = 0; i < sections.size(); i++) {
            SectionDefinition section = sections.get(i);
            String at = path + "[" + i + "]";
            if (depth > levels) {
                errors.put(at, "栏目层级（" + depth + "）超过序号样式的级数（" + levels + "）");
            }
            Set<String> unknownInTitle = PeriodPlaceholders.unknown(section.title(), Set.of());
            if (!unknownInTitle.isEmpty()) {
                errors.put(at + ".title", "栏目标题含未知占位符：" + braced(unknownInTitle) + "（可用 "
                        + PeriodPlaceholders.listed() + "）");
            } else if (LONG_PERIODS.stream().anyMatch(period -> PeriodPlaceholders.fill(section.title(), period).length()
                    > MAX_TITLE)) {
                errors.put(at + ".title", "栏目标题填入日期后会超过 " + MAX_TITLE + " 字");
            }
            if (!KEY.matcher(section.key()).matches()) {
                errors.put(at + ".key", "栏目标识须为小写字母、数字或连字符：" + section.key());
            } else if (!keys.add(section.key())) {
                errors.put(at + ".key", "栏目标识重复：" + section.key());
            }
            if (section.itemStyle() != null) {
                if (!section.itemStyle().contains("{cn}") && !section.itemStyle().contains("{n}")) {
                    errors.put(at + ".itemStyle", "条目序号样式须包含 {cn} 或 {n}");
                }
            } else if ((section.numberItems() || section.kind() == SectionKind.CHECKLIST) && depth + 1 > levels) {
                errors.put(at + ".numberItems", "条目编号需要第 " + (depth + 1) + " 级序号样式");
            }
            for (String department : section.departments()) {
                if (!departments.contains(department)) {
                    errors.put(at + ".departments", "部门不存在：" + department);
                }
            }
            switch (section.kind()) {
                case NARRATIVE -> checkNarrative(section, at, errors);
                case STATISTICS -> checkStatistics(section, at, errors);
                case CHECKLIST -> checkChecklist(section, at, errors);
            }
            checkSections(section.children(), at + ".children", depth + 1, levels, departments, keys, errors);
        }
    }

    private static void checkNarrative(SectionDefinition section, String at, Map<String, String> errors) {
        if (!section.metrics().isEmpty() || !section.checklist().isEmpty() || hasText(section.template())) {
            errors.put(at + ".kind", "叙述栏目不设统计指标、句式或巡查项目");
        }
    }

    private static void checkStatistics(SectionDefinition section, String at, Map<String, String> errors) {
        if (!section.departments().isEmpty()) {
            errors.put(at + ".departments", "统计栏目由编辑填报，不设报送部门");
        }
        if (!hasText(section.template())) {
            errors.put(at + ".template", "统计栏目须设置句式");
            return;
        }
        if (section.metrics().isEmpty()) {
            errors.put(at + ".metrics", "统计栏目须设置指标");
            return;
        }
        Map<String, Accumulation> metrics = new LinkedHashMap<>();
        for (MetricDefinition metric : section.metrics()) {
            if (!METRIC_KEY.matcher(metric.key()).matches()) {
                errors.put(at + ".metrics", "指标标识须以字母开头，只含字母、数字、下划线：" + metric.key());
            } else if (metrics.put(metric.key(), metric.accumulation()) != null) {
                errors.put(at + ".metrics", "指标标识重复：" + metric.key());
            }
        }
        for (MetricDefinition metric : section.metrics()) {
            if (PeriodPlaceholders.names().contains(metric.key())) {
                errors.put(at + ".metrics", "指标标识不能与日期占位符同名：" + metric.key());
            }
        }
        Set<String> known = new LinkedHashSet<>();
        metrics.forEach((key, accumulation) -> {
            known.add(key);
            if (accumulation == Accumulation.PERIOD) {
                known.add(key + ".ytd");
            }
        });
        Set<String> unknown = PeriodPlaceholders.unknown(section.template(), known);
        if (!unknown.isEmpty()) {
            List<String> cumulativeYtd = unknown.stream().filter(name -> name.endsWith(".ytd")
                    && metrics.get(name.substring(0, name.length() - 4)) == Accumulation.CUMULATIVE).toList();
            errors.put(at + ".template", cumulativeYtd.isEmpty()
                    ? "句式含未知占位符：" + braced(unknown) + "（可用本栏目的指标 {指标标识}、本期指标的 {指标标识.ytd}，以及 "
                            + PeriodPlaceholders.listed() + "）"
                    : "只有本期指标才有累计值：" + braced(cumulativeYtd));
        }
    }

    private static Set<String> unknownIn(String text, Set<String> known) {
        Set<String> unknown = new LinkedHashSet<>();
        java.util.regex.Matcher matcher = PeriodPlaceholders.PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!known.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    private static String braced(java.util.Collection<String> names) {
        return String.join("、", names.stream().map(name -> "{" + name + "}").toList());
    }

    private static void checkChecklist(SectionDefinition section, String at, Map<String, String> errors) {
        if (!section.departments().isEmpty()) {
            errors.put(at + ".departments", "巡查栏目由编辑填写，不设报送部门");
        }
        if (section.checklist().isEmpty()) {
            errors.put(at + ".checklist", "巡查栏目须设置巡查项目");
        }
        if (!section.metrics().isEmpty() || hasText(section.template())) {
            errors.put(at + ".kind", "巡查栏目不设统计指标或句式");
        }
    }

    private static void checkColophonLine(ColophonLineDefinition line, String at, Set<String> departments,
            Map<String, String> errors) {
        for (Role role : line.recipientRoles()) {
            if (role.administrative()) {
                errors.put(at + ".recipientRoles", "管理员不能作为分发对象");
            }
        }
        for (String scope : line.recipientDepartments()) {
            boolean valid = scope.equals("*") || scope.equals("kind:WINDOW") || scope.equals("kind:CENTRE")
                    || departments.contains(scope);
            if (!valid) {
                errors.put(at + ".recipientDepartments", "分发范围无效：" + scope);
            }
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
