package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.scgov.bulletin.rendering.BulletinDocument.Block;

import org.junit.jupiter.api.Test;

/** Numbers come from the outline and the bulletin's styles; nobody types them. */
class DocumentAssemblerTests {

    private final Documents documents = new Documents();

    private List<String> lines() {
        return documents.document(true).blocks().stream().map(Block::text).toList();
    }

    @Test
    void headingsAreNumberedByDepthAndNumberedItemsTakeTheNextLevelsStyle() {
        long news = documents.narrative(null, 1, "窗口工作动态", false);
        documents.narrative(news, 2, "优化营商环境工作开展情况", true, "甲", "乙");
        documents.narrative(news, 2, "厅（局）长进大厅", false, "丙");
        documents.section(null, 1, "大厅巡查情况", true, null, null, null, List.of(),
                List.of("按时到岗情况。总体情况良好。", "着装情况。总体情况良好。"));

        assertThat(lines()).containsExactly("一、窗口工作动态", "（一）优化营商环境工作开展情况", "1.甲", "2.乙",
                "（二）厅（局）长进大厅", "丙", "二、大厅巡查情况", "（一）按时到岗情况。总体情况良好。", "（二）着装情况。总体情况良好。");
    }

    @Test
    void aSectionMayNumberItsItemsInItsOwnStyle() {
        documents.section(null, 1, "政务工作动态", true, "{n}.", null, null, List.of("甲", "乙"), List.of());
        documents.narrative(null, 1, "惠企政策直达快享专项行动", true, "丙");

        assertThat(lines()).containsExactly("一、政务工作动态", "1.甲", "2.乙", "二、惠企政策直达快享专项行动", "（一）丙");
    }

    @Test
    void emptySectionsAreLeftOutAndTheRestNumberedAsPrinted() {
        documents.narrative(null, 1, "政务工作动态", true, "甲");
        long empty = documents.narrative(null, 1, "窗口资讯", true);
        documents.narrative(empty, 2, "无内容的下级栏目", true, "   ", "\n");
        documents.narrative(null, 1, "厅（局）长进大厅", true, "乙");

        assertThat(lines()).containsExactly("一、政务工作动态", "（一）甲", "二、厅（局）长进大厅", "（一）乙");
    }

    @Test
    void introAndStatisticsSentenceComeBeforeItemsAndSubsectionsContinueTheSequence() {
        long inspection = documents.section(null, 1, "大厅巡查情况", true, null, "本周大厅巡查情况如下：", null, List.of(),
                List.of("纪律秩序。总体情况良好。"));
        documents.narrative(inspection, 2, "专项检查", false, "丁");
        documents.section(null, 1, "省级政务服务事项受理办理情况", false, null, null, "据统计，受理 5 件。", List.of(), List.of());

        assertThat(lines()).containsExactly("一、大厅巡查情况", "本周大厅巡查情况如下：", "（一）纪律秩序。总体情况良好。",
                "（二）专项检查", "丁", "二、省级政务服务事项受理办理情况", "据统计，受理 5 件。");
    }

    @Test
    void fourLevelsDeep() {
        long one = documents.narrative(null, 1, "一级", false);
        long two = documents.narrative(one, 2, "二级", false);
        long three = documents.narrative(two, 3, "三级", false);
        documents.narrative(three, 4, "四级", false, "最深处的条目");

        assertThat(lines()).containsExactly("一、一级", "（一）二级", "1.三级", "（1）四级", "最深处的条目");
        assertThat(documents.document(true).blocks().get(3)).isEqualTo(new BulletinDocument.Heading(4, "（1）", "四级"));
    }

    @Test
    void anItemOfSeveralLinesIsSeveralParagraphsNumberedOnce() {
        documents.narrative(null, 1, "政务工作动态", true, "第一段\r\n\r\n第二段\t（续）\u2028第三段", "另一条");

        assertThat(lines()).containsExactly("一、政务工作动态", "（一）第一段", "第二段 （续）", "第三段", "（二）另一条");
    }

    @Test
    void charactersNoFormatCanCarryAreDroppedAndEverythingElseKept() {
        documents.narrative(null, 1, "栏目", false, "控制\u0000字符\u0007与孤立代理\uD800都去掉；𠀀😀<script>&保留");

        assertThat(lines()).containsExactly("一、栏目", "控制字符与孤立代理都去掉；𠀀😀<script>&保留");
    }

    @Test
    void theMastheadAndColophonAreTheIssuesOwn() {
        documents.narrative(null, 1, "栏目", false, "甲");
        BulletinDocument document = documents.document(true);

        assertThat(document.masthead().lines()).containsExactly("窗口工作周报", "2023年第8期（总第428期）",
                "四川省政府政务服务和公共资源交易服务中心", "2023年3月16日", "政务服务工作", "（2月27日—3月3日）");
        assertThat(document.colophon()).containsExactly("报：中心领导。", "送：各相关省级部门（单位），中心各处（室）、直属单位。",
                "发：各部门窗口。");
        assertThat(document.printRun()).isEqualTo("（共印 94份）");
        assertThat(document.draft()).isFalse();
        assertThat(documents.document(false).draft()).isTrue();
    }

    @Test
    void optionalLinesPrintOnlyWhenTheIssueHasThem() {
        documents.narrative(null, 1, "栏目", false, "甲");
        cn.scgov.bulletin.compilation.IssueContent full = documents.content(true);
        cn.scgov.bulletin.issue.Issue bare = withoutOptionalLines(full.issue());
        BulletinDocument document = DocumentAssembler.assemble(new cn.scgov.bulletin.compilation.IssueContent(bare,
                full.issueLine(), full.issueDate(), null, false, full.sections(), List.of()));

        assertThat(document.masthead().lines()).containsExactly("窗口工作周报", "2023年第8期（总第428期）",
                "四川省政府政务服务和公共资源交易服务中心", "2023年3月16日");
        assertThat(document.printRun()).isNull();
        assertThat(document.hasColophon()).isFalse();
        assertThat(TextRenderer.text(document)).isEqualTo("窗口工作周报\n2023年第8期（总第428期）\n"
                + "四川省政府政务服务和公共资源交易服务中心\n2023年3月16日\n\n一、栏目\n甲\n");
        assertThat(HtmlRenderer.html(document)).doesNotContain("class=\"period\"", "class=\"colophon\"", "class=\"subtitle\"");
    }

    private static cn.scgov.bulletin.issue.Issue withoutOptionalLines(cn.scgov.bulletin.issue.Issue i) {
        return new cn.scgov.bulletin.issue.Issue(i.id(), i.bulletinId(), i.status(), i.title(), i.issuer(), null,
                i.issueLineFormat(), i.headingStyles(), i.periodStart(), i.periodEnd(), i.deadline(), i.numberingYear(),
                i.yearlyNumber(), i.cumulativeNumber(), i.issueDate(), 0, i.collectionClosed(), i.processInstanceId(),
                i.cancelReason(), i.openedBy(), i.openedAt(), i.signedOffAt(), i.version(), false);
    }

    @Test
    void boldRunsAreMarkedWithDoubleAsterisks() {
        assertThat(Emphasis.spans("本周，**水利厅**一级巡视员，**交通运输厅**二级巡视员"))
                .containsExactly(new Emphasis.Span("本周，", false), new Emphasis.Span("水利厅", true),
                        new Emphasis.Span("一级巡视员，", false), new Emphasis.Span("交通运输厅", true),
                        new Emphasis.Span("二级巡视员", false));
        assertThat(Emphasis.spans("只有一个**不成对")).containsExactly(new Emphasis.Span("只有一个**不成对", false));
        assertThat(Emphasis.spans("空的****不算")).containsExactly(new Emphasis.Span("空的****不算", false));
        assertThat(Emphasis.strip("**省林草局**印发")).isEqualTo("省林草局印发");
    }
}
