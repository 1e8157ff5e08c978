package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The renderers on a hand-written issue, without the application: quick checks of each format. */
class RenderersTests {

    static PdfFonts fonts;

    @BeforeAll
    static void fonts() {
        fonts = new PdfFonts(List.of("/usr/share/fonts/truetype", "/usr/local/share/fonts"));
    }

    @AfterAll
    static void closeFonts() throws IOException {
        fonts.destroy();
    }

    static BulletinDocument sample(boolean numbered) {
        Documents documents = new Documents();
        long reform = documents.narrative(null, 1, "综窗改革攻坚行动", false);
        documents.section(reform, 2, "省本级综窗办件情况", false, null, null,
                "本周，共计咨询 882 人次、受理 109 件、颁发 81 件、流转 7798 件；今年以来，累计咨询 3466 人次、受理 1377 件、颁发 10435 件、流转 27584 件。",
                List.of(), List.of());
        documents.narrative(reform, 2, "推进情况", true, "完善《四川省政务服务综合窗口攻坚破难行动方案》和《省本级政务服务综合窗口改革工作方案》。",
                "组织省发改委、公安厅、商务厅业务骨干对14名综合窗口工作人员进行业务培训3次。");
        long news = documents.narrative(null, 1, "窗口工作动态", false);
        String longText = "住房城乡建设厅落实《住房和城乡建设部办公厅关于建设工程企业资质有关事宜的通知》要求，从2023年2月20日起，受理建筑业企业二级资质申请。"
                + "全省范围内具有法人资格的建筑业企业可直接申请施工总承包、专业承包二级资质；持有施工总承包、专业承包三级资质的企业，可按照现行二级资质标准要求申请升级，也可直接申请二级资质。";
        documents.narrative(news, 2, "优化营商环境工作开展情况", true, longText, "本周，**自然资源厅**召开专题会。" + longText,
                longText, longText, longText);
        documents.narrative(news, 2, "厅（局）长进大厅", true, longText, longText, longText, longText, longText, longText);
        documents.section(null, 1, "大厅巡查情况", true, null, null, null, List.of(),
                List.of("按时到岗情况。总体情况良好。", "工作区域标准化执行情况。总体情况良好。", "着装情况。总体情况良好。",
                        "工作牌佩戴情况。总体情况良好。", "纪律秩序。总体情况良好。", "大厅防控情况。大厅人员管控到位，物业对大厅各点位消杀落实到位，大厅运行保障有序。"));
        return documents.document(numbered);
    }

    @Test
    void everyFormatRendersTheSameDocument() throws IOException {
        Path out = Path.of("target", "rendered", "unit");
        Files.createDirectories(out);
        for (boolean numbered : new boolean[] {true, false}) {
            BulletinDocument document = sample(numbered);
            String name = numbered ? "final" : "draft";
            Files.writeString(out.resolve(name + ".txt"), TextRenderer.text(document));
            Files.writeString(out.resolve(name + ".html"), HtmlRenderer.html(document));
            Files.write(out.resolve(name + ".docx"), DocxRenderer.render(document));
            Files.write(out.resolve(name + ".pdf"), new PdfRenderer(fonts).render(document));
        }
        assertThat(Files.readString(out.resolve("final.txt"))).contains("一、综窗改革攻坚行动", "（一）省本级综窗办件情况",
                "1.完善《", "（六）大厅防控情况。大厅人员管控到位");
    }
}
