package cn.scgov.bulletin.rendering.internal;

import cn.scgov.bulletin.rendering.BulletinDocument;
import cn.scgov.bulletin.rendering.DocumentFormat;
import cn.scgov.bulletin.rendering.DocumentRenderers;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Renders a small document once in every format while the application starts, so the first issue sent to
 * sign-off or frozen after a start is as fast as the hundredth: the PDF fonts are found, read and subset, and the
 * classes of openhtmltopdf, PDFBox and POI (XMLBeans' schema types) are loaded and compiled before users arrive.
 * Spring Boot reports the application ready to take traffic (readiness ACCEPTING_TRAFFIC) only after every
 * ApplicationRunner has finished, so a node behind a load balancer gets no request before this is done.
 * {@code bulletin.warm-up.enabled=false} skips it (the test suite does; {@code WarmUpTests} keeps it on).
 * A missing font is logged, not fatal: the application still starts and says what to install when asked for a PDF.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "bulletin.warm-up.enabled", matchIfMissing = true)
public class RenderingWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RenderingWarmUp.class);

    private final DocumentRenderers renderers;
    private final Map<DocumentFormat, Duration> timings = new EnumMap<>(DocumentFormat.class);

    RenderingWarmUp(DocumentRenderers renderers) {
        this.renderers = renderers;
    }

    @Override
    public void run(ApplicationArguments args) {
        BulletinDocument document = sample();
        for (DocumentFormat format : DocumentFormat.values()) {
            long start = System.nanoTime();
            try {
                renderers.render(document, format);
            } catch (RuntimeException e) {
                log.warn("Warm-up could not render {}: {}", format, e.getMessage());
            }
            timings.put(format, Duration.ofNanos(System.nanoTime() - start));
        }
        log.info("Renderers warmed up: {}", timings);
    }

    /** How long each format took at start (empty until the warm-up ran). */
    public Map<DocumentFormat, Duration> timings() {
        return Map.copyOf(timings);
    }

    /** A page with what issues print: masthead, headings of every level, numbered items, emphasis, a colophon. */
    public static BulletinDocument sample() {
        return new BulletinDocument(true,
                new BulletinDocument.Masthead("窗口工作周报", "2026年第1期（总第1期）", "四川省政府政务服务和公共资源交易服务中心",
                        "2026年1月9日", "政务服务工作", "（1月5日—1月9日）"),
                List.of(new BulletinDocument.Heading(1, "一、", "省本级综窗办件情况"),
                        new BulletinDocument.Paragraph(null, "本周，共计咨询 1,234 人次、受理 567 件；今年以来，累计受理 567 件。"),
                        new BulletinDocument.Heading(2, "（一）", "窗口工作动态"),
                        new BulletinDocument.Paragraph("1.", "**公安厅窗口**持续优化出入境证件办理服务，群众满意率100%。"),
                        new BulletinDocument.Heading(3, "1.", "厅（局）长进大厅"),
                        new BulletinDocument.Paragraph("（1）", "按时到岗情况：总体情况良好。")),
                List.of("报：中心领导", "发：各部门窗口"), "（共印 94份）");
    }
}
