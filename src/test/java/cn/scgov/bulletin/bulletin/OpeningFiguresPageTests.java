package cn.scgov.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 年初累计数 on a page, for the editor who owns them: the same rules as the API (a figure more precise than its
 * metric, or not a number, is refused with the metric named and nothing is stored), read-only for other office
 * readers, closed to everyone else.
 */
@AutoConfigureMockMvc
class OpeningFiguresPageTests extends FlowTestSupport {

    @Autowired MockMvc mvc;

    @Test
    void theEditorRecordsOpeningFiguresOnAPageWithTheApisValidation() throws Exception {
        Bulletin bulletin = newBulletin(TestBulletins.small());
        String page = "/bulletins/" + bulletin.id() + "/opening-figures";
        mvc.perform(get("/issues").with(as("editor")))
                .andExpect(content().string(containsString(page)));
        mvc.perform(get(page + "?year=2026").with(as("editor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"figure.figures.consultations\"")))
                .andExpect(content().string(containsString("name=\"figure.figures.accepted\"")))
                // A running total (CUMULATIVE) has no opening figure.
                .andExpect(content().string(not(containsString("figure.platform.licensing"))));

        mvc.perform(post(page).param("year", "2026").param("figure.figures.consultations", "1200")
                        .param("figure.figures.accepted", "12.5").with(as("editor")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-testid=\"error-figures.accepted\"")))
                .andExpect(content().string(containsString("受理（件）")))
                .andExpect(content().string(containsString("value=\"12.5\"")));
        mvc.perform(post(page).param("year", "2026").param("figure.figures.consultations", "一千")
                        .with(as("editor")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("咨询（人次）：请填写数字")));
        assertThat(catalog.openingFigures(bulletin.id(), 2026)).isEmpty();

        mvc.perform(post(page).param("year", "2026").param("figure.figures.consultations", "1,200")
                        .param("figure.figures.accepted", "12").with(as("editor")).with(csrf()))
                .andExpect(redirectedUrl(page + "?year=2026"));
        assertThat(plain(bulletin)).containsOnly(Map.entry("figures.consultations", "1200"), Map.entry("figures.accepted", "12"));
        mvc.perform(get(page + "?year=2026").with(as("editor")))
                .andExpect(content().string(containsString("value=\"1200\"")));

        // Approvers read them (disabled fields), cannot save; departments and administrators cannot open the page.
        mvc.perform(get(page + "?year=2026").with(as("reviewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("disabled")))
                .andExpect(content().string(not(containsString("save-opening-figures"))));
        mvc.perform(post(page).param("year", "2026").param("figure.figures.accepted", "1").with(as("reviewer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(page).with(as("gat"))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(as("sysadmin"))).andExpect(status().isForbidden());
        assertThat(plain(bulletin)).containsEntry("figures.accepted", "12");
    }

    private Map<String, String> plain(Bulletin bulletin) {
        Map<String, String> figures = new java.util.TreeMap<>();
        catalog.openingFigures(bulletin.id(), 2026).forEach((key, value) -> figures.put(key, value.toPlainString()));
        return figures;
    }

    private static RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(username).roles("USER");
    }
}
