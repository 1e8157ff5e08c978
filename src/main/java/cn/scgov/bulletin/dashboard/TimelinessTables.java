package cn.scgov.bulletin.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as tables of cells (header + rows), the same for CSV and XLSX: numbers stay numbers
 * (Long, Integer, BigDecimal), everything else is text.
 */
public final class TimelinessTables {

    public static final List<String> RULES = List.of(
            "按时：首次报送时间不晚于该期截止时间；逾期：首次报送晚于截止时间（以首次报送为准，退回后重报不改变）。",
            "未报送：征集结束（汇编开始或提前截止）时仍未报送；本期无报送：部门选择“本期无报送”，不计入按时或逾期。",
            "征集中：该期仍在征集、部门尚未报送；退回：被编辑退回过至少一次（与上述结果并列统计）。",
            "报送用时：自期次创建至首次报送；中位数为精确中位数（偶数个时取中间两个的平均）。作废的期次不统计；期次按其所属年度（时段中间日所在年）归入年份。",
            "各阶段：起草 = 创建至最后一个部门起草任务结束；审核 = 其后至汇编开始；汇编 = 汇编任务办理时长（含审签退回后的重编）；"
                    + "审签 = 其余至分发（含审核、签发、编号定稿）；签收 = 分发至最后一位接收人签收。起草+审核+汇编+审签 = 创建至分发。");

    record Table(String title, List<String> header, List<List<Object>> rows) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimelinessTables() {
    }

    static Table departments(TimelinessReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (TimelinessReport.DepartmentRow row : report.departments()) {
            rows.add(List.of(row.departmentCode(), row.departmentName(), row.contributions(), row.onTime(), row.late(),
                    row.notSubmitted(), row.nothingToReport(), row.pending(), row.returned(),
                    nullable(DurationText.hours(row.medianSecondsToSubmit())), nullable(row.medianSecondsToSubmit())));
        }
        return new Table("按部门", List.of("部门代码", "部门", "应报期数", "按时", "逾期", "未报送", "本期无报送", "征集中",
                "退回", "报送用时中位数（小时）", "报送用时中位数（秒）"), rows);
    }

    static Table issues(TimelinessReport report, ZoneId zone) {
        List<List<Object>> rows = new ArrayList<>();
        for (TimelinessReport.IssueRow row : report.issues()) {
            TimelinessReport.Stages stages = row.stages();
            rows.add(List.of(row.issueLine(), row.periodStart() + "—" + row.periodEnd(), row.statusLabel(),
                    time(row.openedAt(), zone), time(row.deadline(), zone), time(row.distributedAt(), zone),
                    nullable(DurationText.hours(row.secondsToDistribution())), nullable(DurationText.hours(stages.drafting())),
                    nullable(DurationText.hours(stages.review())), nullable(DurationText.hours(stages.compile())),
                    nullable(DurationText.hours(stages.signoff())), nullable(DurationText.hours(stages.acknowledgement())),
                    row.onTime(), row.late(), row.notSubmitted(), row.nothingToReport(), row.returned(),
                    row.acknowledged() + "/" + row.recipients()));
        }
        return new Table("按期次", List.of("期号", "时段", "状态", "创建时间", "截止时间", "分发时间", "创建至分发（小时）",
                "起草（小时）", "审核（小时）", "汇编（小时）", "审签（小时）", "签收（小时）", "按时", "逾期", "未报送",
                "本期无报送", "退回", "已签收/接收人"), rows);
    }

    static Table lateDepartments(LateDepartments report) {
        List<List<Object>> rows = new ArrayList<>();
        for (LateDepartments.Entry entry : report.departments()) {
            rows.add(List.of(entry.rank(), entry.departmentCode(), entry.departmentName(), entry.lateOrNotSubmitted(),
                    entry.late(), entry.notSubmitted(), entry.onTime(), entry.nothingToReport(), entry.returned(),
                    entry.contributions()));
        }
        return new Table("逾期及未报送部门", List.of("排名", "部门代码", "部门", "逾期与未报送合计", "逾期", "未报送", "按时",
                "本期无报送", "退回", "应报期数"), rows);
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}
