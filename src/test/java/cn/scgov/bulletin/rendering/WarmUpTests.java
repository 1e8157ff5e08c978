package cn.scgov.bulletin.rendering;

import cn.scgov.bulletin.rendering.internal.RenderingWarmUp;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With the warm-up on (the default outside tests), the application renders a document in every format while it
 * starts, and reports itself ready to take traffic only after that: the first PDF after a start finds its fonts
 * loaded.
 */
@SpringBootTest(properties = "bulletin.test.warm-up=true")
class WarmUpTests {

    @Autowired
    RenderingWarmUp warmUp;

    @Autowired
    ApplicationAvailability availability;

    @Autowired
    DocumentRenderers renderers;

    @Test
    void everyFormatIsRenderedBeforeTheApplicationIsReady() {
        assertThat(warmUp.timings()).containsOnlyKeys(DocumentFormat.values());
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        byte[] pdf = renderers.render(RenderingWarmUp.sample(), DocumentFormat.PDF);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(renderers.render(RenderingWarmUp.sample(), DocumentFormat.TXT),
                java.nio.charset.StandardCharsets.UTF_8)).contains("窗口工作周报", "公安厅窗口");
    }
}
