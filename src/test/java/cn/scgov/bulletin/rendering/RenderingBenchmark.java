package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.support.SampleIssues;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test: renders a 10-page issue (the 2023-08 sample's items, two or three times over) 50 times
 * per format after warming up and prints the median and 95th percentile. Targets: DOCX ≤ 300 ms,
 * PDF ≤ 1 s. Run: {@code mvn -q -B -Pbenchmark verify -Dtest=RenderingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class RenderingBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 50;

    @Test
    void tenPageIssue() throws Exception {
        BulletinDocument document = tenPages();
        PdfFonts fonts = new PdfFonts(new RenderingSettings(List.of("/usr/share/fonts/truetype", "/usr/local/share/fonts")));
        PdfRenderer pdf = new PdfRenderer(fonts);
        DocumentRenderers renderers = new DocumentRenderers(pdf);
        try (PDDocument laidOut = Loader.loadPDF(pdf.render(document))) {
            assertThat(laidOut.getNumberOfPages()).as("pages").isBetween(9, 11);
            System.out.printf("%nRendering benchmark: %d pages, %d runs per format after %d warm-up runs, %s, %d cores%n",
                    laidOut.getNumberOfPages(), RUNS, WARM_UP, System.getProperty("java.vm.name") + " "
                            + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        }
        Map<DocumentFormat, long[]> times = new EnumMap<>(DocumentFormat.class);
        for (DocumentFormat format : DocumentFormat.values()) {
            for (int i = 0; i < WARM_UP; i++) {
                renderers.render(document, format);
            }
            long[] millis = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                renderers.render(document, format);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            times.put(format, millis);
            System.out.printf("  %-4s median %4d ms   p95 %4d ms   max %4d ms%n", format.extension(), millis[RUNS / 2],
                    millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]);
        }
        fonts.destroy();
        assertThat(times).hasSize(4);
    }

    /** The 2023-08 sample's sections with its items two or three times over: about ten pages. */
    static BulletinDocument tenPages() {
        SampleIssues.Fixture fixture = SampleIssues.fixture("weekly-2023-08");
        Documents documents = new Documents();
        long reform = documents.narrative(null, 1, "综窗改革攻坚行动", false);
        documents.section(reform, 2, "省本级综窗办件情况", false, null, null,
                "本周，共计咨询 882 人次、受理 109 件、颁发 81 件、流转 7798 件；今年以来，累计咨询 3466 人次、受理 1377 件、颁发 10435 件、流转 27584 件。",
                List.of(), List.of());
        documents.narrative(reform, 2, "推进情况", true, items(fixture, "progress", 3));
        long news = documents.narrative(null, 1, "窗口工作动态", false);
        documents.narrative(news, 2, "优化营商环境工作开展情况", true, items(fixture, "business-environment", 3));
        documents.narrative(news, 2, "窗口服务效能提升工作情况", true, items(fixture, "service-efficiency", 3));
        documents.narrative(news, 2, "厅（局）长进大厅", true, items(fixture, "leaders-in-hall", 2));
        documents.section(null, 1, "大厅巡查情况", true, null, null, null, List.of(),
                List.of("按时到岗情况。总体情况良好。", "工作区域标准化执行情况。总体情况良好。", "着装情况。总体情况良好。",
                        "工作牌佩戴情况。总体情况良好。", "纪律秩序。总体情况良好。", "大厅防控情况。总体情况良好。"));
        return documents.document(true);
    }

    private static String[] items(SampleIssues.Fixture fixture, String section, int rounds) {
        List<String> texts = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            fixture.items().stream().filter(item -> item.section().equals(section)).forEach(item -> texts.add(item.text()));
        }
        return texts.toArray(String[]::new);
    }
}
