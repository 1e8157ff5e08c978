package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.SampleIssues;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GET /api/issues/{id}/document.{txt,html,docx,pdf} over HTTP: who gets what, as which file. */
class DocumentApiTests extends ApiTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<byte[]> document(String user, long issueId, String extension, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/issues/" + issueId + "/document." + extension));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void beforeSignOffTheOfficeAndApproversPreviewADraftAndNobodyElse() throws Exception {
        Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 11, 2));

        HttpResponse<byte[]> html = document("editor", issue.id(), "html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(header(html, "Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(header(html, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(html, "Content-Security-Policy")).contains("default-src 'none'", "sandbox");
        assertThat(header(html, "Content-Disposition")).startsWith("inline; filename=\"issue-" + issue.id() + ".html\"")
                .contains("filename*=UTF-8''" + URLEncoder.encode("窗口工作周报", StandardCharsets.UTF_8));
        assertThat(text(html)).contains("草稿", "窗口工作周报");
        for (String approver : new String[] {"reviewer", "leader", "auditor"}) {
            HttpResponse<byte[]> preview = document(approver, issue.id(), "txt");
            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(text(preview)).startsWith("【草稿");
        }
        HttpResponse<byte[]> docx = document("editor", issue.id(), "docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(header(docx, "Content-Type")).isEqualTo(DocumentFormat.DOCX.mediaType());
        assertThat(header(docx, "Content-Disposition")).startsWith("attachment; ");

        HttpResponse<byte[]> submitter = document("gat", issue.id(), "pdf");
        assertThat(submitter.statusCode()).isEqualTo(403);
        assertThat(header(submitter, "Content-Type")).contains("application/problem+json");
        assertThat(text(submitter)).contains("草稿");
        assertThat(document("recipient", issue.id(), "txt").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> unknown = document("editor", issue.id(), "xls");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown)).contains("txt、html、docx、pdf");
        assertThat(document("editor", 999_999, "pdf").statusCode()).isEqualTo(404);
        assertThat(document(null, issue.id(), "pdf").statusCode()).isEqualTo(401);
    }

    @Test
    void afterSignOffEveryReaderGetsTheFrozenFilesByteForByteWhateverChangesLater() throws Exception {
        Issue issue = new SampleIssues(this).build("weekly-2023-08");
        HttpResponse<byte[]> pdf = document("recipient", issue.id(), "pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(header(pdf, "Content-Type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String sha256 = DocumentRenderers.sha256(pdf.body());
        assertThat(header(pdf, "ETag")).isEqualTo("\"" + sha256 + "\"");

        HttpResponse<byte[]> docx = document("gat", issue.id(), "docx");
        assertThat(docx.statusCode()).as("a contributing department reads the signed-off issue").isEqualTo(200);
        assertThat(header(docx, "Content-Disposition")).isEqualTo("attachment; filename=\"issue-" + issue.id()
                + ".docx\"; filename*=UTF-8''" + URLEncoder.encode("窗口工作周报2023年第8期（总第428期）.docx",
                        StandardCharsets.UTF_8).replace("+", "%20"));

        jdbc.sql("UPDATE issue_item SET text = '签发后被改动的文字' WHERE issue_id = :issue").param("issue", issue.id()).update();
        jdbc.sql("UPDATE issue SET title = '改过的刊名' WHERE id = :issue").param("issue", issue.id()).update();

        HttpResponse<byte[]> again = document("recipient", issue.id(), "pdf");
        assertThat(again.body()).isEqualTo(pdf.body());
        assertThat(document("recipient", issue.id(), "pdf", "If-None-Match", "\"" + sha256 + "\"").statusCode()).isEqualTo(304);
        assertThat(text(document("editor", issue.id(), "txt"))).doesNotContain("签发后被改动的文字", "改过的刊名")
                .contains("2023年第8期（总第428期）");
    }
}
