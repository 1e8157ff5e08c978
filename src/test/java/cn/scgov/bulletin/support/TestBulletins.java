package cn.scgov.bulletin.support;

import java.util.List;
import java.util.Set;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.ChecklistItemDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.ColophonLineDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.MetricDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SignoffStepDefinition;
import cn.scgov.bulletin.bulletin.ColophonKind;
import cn.scgov.bulletin.bulletin.Frequency;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.directory.Role;

/** Small bulletin definitions for process tests: three departments, one of each section kind. */
public final class TestBulletins {

    public static final List<String> DEPARTMENTS = List.of("gat", "jtyst", "zjt");

    private TestBulletins() {
    }

    public static BulletinDefinition small() {
        return new BulletinDefinition("窗口工作周报", "四川省政府政务服务和公共资源交易服务中心", "政务服务工作", Frequency.WEEKLY,
                "{year}年第{number}期（总第{cumulative}期）", new BulletinDefinition.Numbering(2026, 1, 500),
                List.of("{cn}、", "（{cn}）", "{n}.", "（{n}）"), 94, 24,
                List.of(
                        new SectionDefinition("figures", "省本级综窗办件情况", SectionKind.STATISTICS, false, List.of(),
                                "本周，共计咨询 {consultations} 人次、受理 {accepted} 件；今年以来，累计咨询 {consultations.ytd} 人次、受理 {accepted.ytd} 件。",
                                List.of(new MetricDefinition("consultations", "咨询（人次）", Accumulation.PERIOD),
                                        new MetricDefinition("accepted", "受理（件）", Accumulation.PERIOD)),
                                List.of(), List.of()),
                        new SectionDefinition("platform", "省级政务服务事项受理办理情况", SectionKind.STATISTICS, false, List.of(),
                                "{yearStart}至{periodEnd}，行政许可事项受理 {licensing} 件。",
                                List.of(new MetricDefinition("licensing", "行政许可受理（件）", Accumulation.CUMULATIVE)),
                                List.of(), List.of()),
                        new SectionDefinition("news", "窗口工作动态", SectionKind.NARRATIVE, true, DEPARTMENTS, null,
                                List.of(), List.of(), List.of()),
                        new SectionDefinition("inspection", "大厅巡查情况", SectionKind.CHECKLIST, true, List.of(), null,
                                List.of(), List.of(new ChecklistItemDefinition("按时到岗情况", "总体情况良好。"),
                                        new ChecklistItemDefinition("着装情况", "总体情况良好。")),
                                List.of())),
                List.of(new SignoffStepDefinition("审核", Role.REVIEWER), new SignoffStepDefinition("签发", Role.LEADER)),
                List.of(new ColophonLineDefinition(ColophonKind.REPORT, "中心领导", Set.of(Role.LEADER), List.of("*")),
                        new ColophonLineDefinition(ColophonKind.DISTRIBUTE, "各部门窗口", Set.of(Role.RECIPIENT),
                                List.of("kind:WINDOW"))));
    }
}
