package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.SampleIssues;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** GET /api/issues/{id}/document.{txt,html,docx,pdf}: who gets what, as which file. */
@AutoConfigureMockMvc
class DocumentApiTests extends FlowTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder document(String user, long issueId, String extension) {
        return get("/api/issues/" + issueId + "/document." + extension).with(httpBasic(user, "Demo@2026"));
    }

    @Test
    void beforeSignOffTheOfficeAndApproversPreviewADraftAndNobodyElse() throws Exception {
        Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 11, 2));

        MvcResult html = mvc.perform(document("editor", issue.id(), "html")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'")))
                .andReturn();
        assertThat(html.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("草稿", "窗口工作周报");
        assertThat(html.getResponse().getHeader("Content-Disposition")).startsWith("inline; filename=\"issue-" + issue.id() + ".html\"")
                .contains("filename*=UTF-8''" + java.net.URLEncoder.encode("窗口工作周报", StandardCharsets.UTF_8));
        for (String approver : new String[] {"reviewer", "leader", "auditor"}) {
            mvc.perform(document(approver, issue.id(), "txt")).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("【草稿")));
        }
        mvc.perform(document("editor", issue.id(), "docx")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", DocumentFormat.DOCX.mediaType()))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; ")));

        mvc.perform(document("gat", issue.id(), "pdf")).andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("草稿")));
        mvc.perform(document("recipient", issue.id(), "txt")).andExpect(status().isForbidden());
        mvc.perform(document("editor", issue.id(), "xls")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("txt、html、docx、pdf")));
        mvc.perform(document("editor", 999_999, "pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/api/issues/" + issue.id() + "/document.pdf")).andExpect(status().isUnauthorized());
    }

    @Test
    void afterSignOffEveryReaderGetsTheFrozenFilesByteForByteWhateverChangesLater() throws Exception {
        Issue issue = new SampleIssues(this).build("weekly-2023-08");
        byte[] pdf = mvc.perform(document("recipient", issue.id(), "pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String sha256 = DocumentRenderers.sha256(pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        MvcResult docx = mvc.perform(document("gat", issue.id(), "docx")).andExpect(status().isOk())
                .andExpect(header().string("ETag", org.hamcrest.Matchers.notNullValue()))
                .andReturn();
        assertThat(docx.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"issue-" + issue.id()
                + ".docx\"; filename*=UTF-8''" + java.net.URLEncoder.encode("窗口工作周报2023年第8期（总第428期）.docx",
                        StandardCharsets.UTF_8).replace("+", "%20"));

        jdbc.sql("UPDATE issue_item SET text = '签发后被改动的文字' WHERE issue_id = :issue").param("issue", issue.id()).update();
        jdbc.sql("UPDATE issue SET title = '改过的刊名' WHERE id = :issue").param("issue", issue.id()).update();

        MvcResult again = mvc.perform(document("recipient", issue.id(), "pdf")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + sha256 + "\"")).andReturn();
        assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(document("recipient", issue.id(), "pdf").header("If-None-Match", "\"" + sha256 + "\""))
                .andExpect(status().isNotModified());
        mvc.perform(document("editor", issue.id(), "txt")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("签发后被改动的文字"))));
    }
}
