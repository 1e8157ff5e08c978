package cn.scgov.bulletin.support;

import java.util.List;
import java.util.Set;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.ColophonLineDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.MetricDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SignoffStepDefinition;
import cn.scgov.bulletin.bulletin.ColophonKind;
import cn.scgov.bulletin.bulletin.FigureScale;
import cn.scgov.bulletin.bulletin.Frequency;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.directory.Role;

/**
 * A small monthly for tests: figures in 万件 with two decimals and a count of people, a title and a
 * sentence naming the period, no subtitle, no period line, no print-run line, a two-line colophon.
 */
public final class MonthlyBulletins {

    private MonthlyBulletins() {
    }

    public static BulletinDefinition small(int firstYear, int firstYearlyNumber) {
        return new BulletinDefinition("政务窗口月报", "四川省政府政务服务和公共资源交易服务中心", null, Frequency.MONTHLY,
                "第{number}期", new BulletinDefinition.Numbering(firstYear, firstYearlyNumber, null),
                List.of("{cn}、", "（{cn}）", "{n}.", "（{n}）"), 0, 24,
                List.of(new SectionDefinition("overall", "{year}年{month}月总体运行情况", SectionKind.STATISTICS, false, List.of(),
                                "{month}月，省本级办理政务服务事项 {handled}，大厅接待办事群众 {visitors}；今年以来，累计办理 {handled.ytd}。",
                                List.of(new MetricDefinition("handled", "办理政务服务事项", Accumulation.PERIOD, "件",
                                                FigureScale.TEN_THOUSAND, 2),
                                        new MetricDefinition("visitors", "接待办事群众", Accumulation.PERIOD, "人（次）",
                                                FigureScale.ONE, 0)),
                                List.of(), List.of()),
                        new SectionDefinition("news", "窗口资讯", SectionKind.NARRATIVE, true, TestBulletins.DEPARTMENTS, null,
                                List.of(), List.of(), List.of(), "{n}.")),
                List.of(new SignoffStepDefinition("审核", Role.REVIEWER), new SignoffStepDefinition("签发", Role.LEADER)),
                List.of(new ColophonLineDefinition(ColophonKind.REPORT, "中心领导", Set.of(Role.LEADER), List.of("*")),
                        new ColophonLineDefinition(ColophonKind.DISTRIBUTE, "各部门窗口", Set.of(Role.RECIPIENT),
                                List.of("kind:WINDOW"))),
                false);
    }
}
