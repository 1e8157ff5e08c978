package cn.scgov.bulletin.bulletin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.scgov.bulletin.directory.Role;

/**
 * Everything that makes a bulletin what it is, as one document: masthead texts, numbering, the
 * heading style of each outline level, the outline, the sign-off chain and the colophon.
 *
 * <p>{@code issueLineFormat} uses {year}, {number} and {cumulative}; {@code headingStyles} use {cn}
 * (一, 二 …) and {n} (1, 2 …), one per depth, e.g. {@code 一、}, {@code （一）}, {@code 1.}, {@code （1）}.
 * A section's numbered items (and checklist entries) take the style of the level below it, unless
 * the section names its own {@code itemStyle} (the 2024 weekly numbers the items of 一、政务工作动态
 * {@code 1.} directly, and those of 三、 {@code （一）}).
 *
 * <p>Optional lines: no {@code subtitle} prints no subtitle, {@code periodLine} false prints no period
 * line under it (the monthly), {@code printCopies} 0 prints no print-run line, and the colophon
 * prints the lines it has (any of 报, 送, 发, or none). Section titles and statistics sentences may
 * name the period ({@link PeriodPlaceholders}).
 */
public record BulletinDefinition(
        @NotBlank(message = "刊物名称不能为空") @Size(max = 100, message = "刊物名称不超过 100 字") String title,
        @NotBlank(message = "发文机关不能为空") @Size(max = 200, message = "发文机关不超过 200 字") String issuer,
        @Size(max = 100, message = "副标题不超过 100 字") String subtitle,
        @NotNull(message = "请选择刊期") Frequency frequency,
        @NotBlank(message = "期号格式不能为空") @Size(max = 100, message = "期号格式不超过 100 字") String issueLineFormat,
        @NotNull(message = "请设置编号起点") @Valid Numbering numbering,
        @NotEmpty(message = "请设置各级标题序号样式") @Size(max = 6, message = "最多 6 级序号样式") List<@NotBlank(message = "序号样式不能为空") String> headingStyles,
        @Min(value = 0, message = "印数不能为负（0 表示不印印数行）") @Max(value = 100000, message = "印数不超过 100000") int printCopies,
        @Min(value = 0, message = "提醒时间不能为负") @Max(value = 720, message = "提醒时间不超过 720 小时") int reminderHours,
        @NotEmpty(message = "栏目不能为空") @Size(max = 50, message = "一级栏目不超过 50 个") List<@NotNull @Valid SectionDefinition> outline,
        @NotEmpty(message = "签发流程至少一步") @Size(max = 10, message = "签发流程不超过 10 步") List<@NotNull @Valid SignoffStepDefinition> signoffChain,
        @NotNull(message = "版记不能为空") @Size(max = 10, message = "版记不超过 10 行") List<@NotNull @Valid ColophonLineDefinition> colophon,
        Boolean periodLine) {

    public BulletinDefinition {
        periodLine = periodLine == null ? Boolean.TRUE : periodLine;
    }

    /** A definition that prints the period line (as every definition did before it was optional). */
    public BulletinDefinition(String title, String issuer, String subtitle, Frequency frequency, String issueLineFormat,
            Numbering numbering, List<String> headingStyles, int printCopies, int reminderHours,
            List<SectionDefinition> outline, List<SignoffStepDefinition> signoffChain,
            List<ColophonLineDefinition> colophon) {
        this(title, issuer, subtitle, frequency, issueLineFormat, numbering, headingStyles, printCopies, reminderHours,
                outline, signoffChain, colophon, true);
    }

    /** Whether issues print the period line under the subtitle. */
    public boolean printsPeriodLine() {
        return periodLine;
    }

    /**
     * Where numbering starts: the yearly number of the first issue numbered in {@code firstYear} and the
     * cumulative number of the first issue the system numbers. {@code confirmed} is false only for a
     * start the system proposed itself (a production install's seeds): the administrator is asked to
     * confirm or correct it; a start an administrator entered is confirmed.
     */
    public record Numbering(
            @Min(value = 1990, message = "起始年份无效") @Max(value = 2200, message = "起始年份无效") int firstYear,
            @Min(value = 1, message = "起始期号至少为 1") int firstYearlyNumber,
            @Min(value = 1, message = "起始总期号至少为 1") Integer firstCumulativeNumber,
            Boolean confirmed) {

        public Numbering {
            confirmed = confirmed == null ? Boolean.TRUE : confirmed;
        }

        public Numbering(int firstYear, int firstYearlyNumber, Integer firstCumulativeNumber) {
            this(firstYear, firstYearlyNumber, firstCumulativeNumber, true);
        }
    }

    public record SectionDefinition(
            @NotBlank(message = "栏目标识不能为空") @Size(max = 64, message = "栏目标识不超过 64 字符") String key,
            @NotBlank(message = "栏目标题不能为空") @Size(max = 200, message = "栏目标题不超过 200 字") String title,
            @NotNull(message = "请选择栏目类型") SectionKind kind,
            boolean numberItems,
            List<@NotBlank String> departments,
            @Size(max = 2000, message = "统计句式不超过 2000 字") String template,
            List<@NotNull @Valid MetricDefinition> metrics,
            List<@NotNull @Valid ChecklistItemDefinition> checklist,
            List<@NotNull @Valid SectionDefinition> children,
            @Size(max = 20, message = "条目序号样式不超过 20 字") String itemStyle) {

        public SectionDefinition {
            departments = departments == null ? List.of() : List.copyOf(departments);
            metrics = metrics == null ? List.of() : List.copyOf(metrics);
            checklist = checklist == null ? List.of() : List.copyOf(checklist);
            children = children == null ? List.of() : List.copyOf(children);
            itemStyle = itemStyle == null || itemStyle.isBlank() ? null : itemStyle;
        }

        /** A section whose items (if numbered) take the next level's heading style. */
        public SectionDefinition(String key, String title, SectionKind kind, boolean numberItems, List<String> departments,
                String template, List<MetricDefinition> metrics, List<ChecklistItemDefinition> checklist,
                List<SectionDefinition> children) {
            this(key, title, kind, numberItems, departments, template, metrics, checklist, children, null);
        }
    }

    /**
     * A figure of a statistics section and how it is entered and printed ({@link MetricFormat}): a unit
     * such as 件 or 人（次）, a scale (万 for figures in tens of thousands) and the decimal places.
     */
    public record MetricDefinition(
            @NotBlank(message = "指标标识不能为空") @Size(max = 64, message = "指标标识不超过 64 字符") String key,
            @NotBlank(message = "指标名称不能为空") @Size(max = 100, message = "指标名称不超过 100 字") String label,
            @NotNull(message = "请选择累计方式") Accumulation accumulation,
            @Size(max = 20, message = "单位不超过 20 字") String unit,
            FigureScale scale,
            @Min(value = 0, message = "小数位数不能为负") @Max(value = MetricFormat.MAX_DECIMALS, message = "小数位数最多 4 位") Integer decimals) {

        public MetricDefinition {
            unit = unit == null || unit.isBlank() ? null : unit.strip();
            scale = scale == null ? FigureScale.ONE : scale;
            decimals = decimals == null ? 0 : decimals;
        }

        /** A whole-number metric without a printed unit. */
        public MetricDefinition(String key, String label, Accumulation accumulation) {
            this(key, label, accumulation, null, FigureScale.ONE, 0);
        }

        public MetricFormat format() {
            return new MetricFormat(unit, scale, decimals);
        }
    }

    public record ChecklistItemDefinition(
            @NotBlank(message = "巡查项目不能为空") @Size(max = 100, message = "巡查项目不超过 100 字") String label,
            @Size(max = 2000, message = "默认结论不超过 2000 字") String defaultFinding) {
    }

    public record SignoffStepDefinition(
            @NotBlank(message = "签发步骤名称不能为空") @Size(max = 50, message = "步骤名称不超过 50 字") String name,
            @NotNull(message = "请选择签发角色") Role role) {
    }

    /**
     * One colophon line. Recipients are the enabled users holding any of {@code recipientRoles} in the
     * departments named by {@code recipientDepartments}: department codes, {@code *} (any department,
     * or none), {@code kind:WINDOW} or {@code kind:CENTRE}.
     */
    public record ColophonLineDefinition(
            @NotNull(message = "请选择版记类型") ColophonKind kind,
            @NotBlank(message = "版记内容不能为空") @Size(max = 500, message = "版记内容不超过 500 字") String text,
            Set<Role> recipientRoles,
            List<String> recipientDepartments) {

        public ColophonLineDefinition {
            recipientRoles = recipientRoles == null ? Set.of() : Set.copyOf(recipientRoles);
            recipientDepartments = recipientDepartments == null ? List.of() : List.copyOf(recipientDepartments);
        }
    }

    /** Every section, depth first, in reading order. */
    public List<SectionDefinition> allSections() {
        List<SectionDefinition> all = new ArrayList<>();
        walk(outline, all::add);
        return all;
    }

    /** The departments that contribute to at least one section, in outline order. */
    public Set<String> contributingDepartments() {
        Set<String> departments = new LinkedHashSet<>();
        walk(outline, section -> departments.addAll(section.departments()));
        return departments;
    }

    public boolean cumulativeNumbering() {
        return issueLineFormat.contains("{cumulative}");
    }

    private static void walk(List<SectionDefinition> sections, Consumer<SectionDefinition> visitor) {
        for (SectionDefinition section : sections) {
            visitor.accept(section);
            walk(section.children(), visitor);
        }
    }
}
