package cn.scgov.bulletin.rendering;

import cn.scgov.bulletin.rendering.internal.DocumentFreezer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueFrozen;
import cn.scgov.bulletin.shared.RetryingTransactionTemplate;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A server without a usable Chinese TrueType font never makes a PDF with missing glyphs: the PDF
 * endpoint answers 503 naming the Debian packages to install, and freezing fails (so the engine
 * retries the job) without storing anything.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = "bulletin.rendering.font-directories=target/no-fonts-here")
class MissingFontTests extends FlowTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    DocumentFreezer freezer;
    @Autowired
    DocumentStore store;
    @Autowired
    RetryingTransactionTemplate transactions;

    @Test
    void thePdfEndpointSaysWhichFontsToInstall() throws Exception {
        Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 11, 2));

        mvc.perform(get("/api/issues/" + issue.id() + "/document.pdf").with(httpBasic("editor", "Demo@2026")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Content-Type", Matchers.containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei")))
                .andExpect(jsonPath("$.packages[0]").value("fonts-arphic-gbsn00lp"));
        mvc.perform(get("/api/issues/" + issue.id() + "/document.pdf").header("Accept", "application/pdf")
                .with(httpBasic("editor", "Demo@2026"))).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/api/issues/" + issue.id() + "/document.txt").with(httpBasic("editor", "Demo@2026")))
                .andExpect(status().isOk());
    }

    @Test
    void freezingFailsRatherThanStoringFilesWithoutAPdf() {
        Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 11, 9));

        assertThatThrownBy(() -> transactions.run(() -> freezer.on(new IssueFrozen(issue.id(), "2026年第1期"))))
                .isInstanceOf(FontsUnavailableException.class);
        assertThat(store.hashes(issue.id())).isEmpty();
    }
}
