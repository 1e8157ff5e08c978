package cn.scgov.bulletin.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Attachments over the API as a department's submitter, an editor and outsiders meet them. */
class AttachmentTests extends ApiTestSupport {

    @Autowired ApplicationContext context;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private ParticipantsFixture.Unit other;
    private Issue issue;
    private Contribution contribution;
    private AttachmentHttp http;

    @BeforeEach
    void openIssue() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        other = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code(), other.code())), LocalDate.of(2026, 10, 12));
        contribution = fixture.contribution(issue, unit.code());
        http = new AttachmentHttp(port);
    }

    @Test
    void eachAcceptedKindIsStoredWithItsSha256AndComesBackByteForByte() {
        record Case(String name, String declared, byte[] content, String kind, String type) {
        }
        List<Case> cases = List.of(
                new Case("大厅现场.png", "image/png", TestFiles.png(640, 360, Color.RED), "PNG", "image/png"),
                new Case("窗口照片.jpg", "image/jpeg", TestFiles.jpeg(300, 200), "JPEG", "image/jpeg"),
                new Case("情况说明.pdf", "application/pdf", TestFiles.pdf(), "PDF", "application/pdf"),
                new Case("工作总结.docx", "application/octet-stream", TestFiles.docx(), "DOCX",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                new Case("办件统计", "application/octet-stream", TestFiles.xlsx(), "XLSX",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        for (Case c : cases) {
            AttachmentHttp.Reply reply = http.upload(unit.submitter(), contribution.id(), c.name(), c.declared(), c.content());
            assertThat(reply.status()).as(c.name() + ": " + reply).isEqualTo(201);
            JsonNode json = reply.json();
            assertThat(json.get("kind").asString()).isEqualTo(c.kind());
            assertThat(json.get("contentType").asString()).isEqualTo(c.type());
            assertThat(json.get("size").asLong()).isEqualTo(c.content().length);
            assertThat(json.get("sha256").asString()).isEqualTo(sha256(c.content()));

            AttachmentHttp.Reply download = http.get("editor", json.get("url").asString());
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(c.content());
            assertThat(download.header("Content-Type")).isEqualTo(c.type());
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.header("X-Content-SHA256")).isEqualTo(sha256(c.content()));
        }
        JsonNode list = http.get(unit.submitter(), "/api/contributions/" + contribution.id() + "/attachments").json();
        assertThat(list).extracting(node -> node.get("fileName").asString())
                .containsExactly("大厅现场.png", "窗口照片.jpg", "情况说明.pdf", "工作总结.docx", "办件统计.xlsx");
        JsonNode log = api("auditor").get("/api/audit/log?action=ATTACHMENT_UPLOADED&issueId=" + issue.id()).json().get("items");
        assertThat(log).hasSize(5);
        assertThat(log.get(0).get("detail").asString()).contains("SHA-256");
    }

    @Test
    void aDownloadIsAnAttachmentUnderItsChineseName() {
        byte[] pdf = TestFiles.pdf();
        long id = http.upload(unit.submitter(), contribution.id(), "C:\\材料\\2026年10月 窗口情况.pdf", "application/pdf", pdf)
                .json().get("id").asLong();
        AttachmentHttp.Reply download = http.get(unit.submitter(), "/api/attachments/" + id);
        String encoded = URLEncoder.encode("2026年10月 窗口情况.pdf", StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"attachment-" + id + ".pdf\"; filename*=UTF-8''" + encoded);
        assertThat(download.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(http.get(unit.submitter(), "/api/attachments/" + id + "/image").status())
                .as("a PDF is never shown inline").isEqualTo(409);

        long image = http.upload(unit.submitter(), contribution.id(), "照片.png", "image/png", TestFiles.png(40, 30, Color.BLUE))
                .json().get("id").asLong();
        AttachmentHttp.Reply inline = http.get(unit.submitter(), "/api/attachments/" + image + "/image");
        assertThat(inline.status()).isEqualTo(200);
        assertThat(inline.header("Content-Disposition")).startsWith("inline;");
        assertThat(inline.header("Content-Type")).isEqualTo("image/png");
    }

    @Test
    void anExecutableNamedPdfAndMacroDocumentsAreRefusedAndNothingIsStored() {
        AttachmentHttp.Reply exe = http.upload(unit.submitter(), contribution.id(), "通知.pdf", "application/pdf",
                TestFiles.windowsExecutable());
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.json().get("detail").asString()).contains("文件内容不是可接受的类型");

        AttachmentHttp.Reply docm = http.upload(unit.submitter(), contribution.id(), "报告.docx", "application/octet-stream",
                TestFiles.docm());
        assertThat(docm.status()).isEqualTo(400);

        AttachmentHttp.Reply svg = http.upload(unit.submitter(), contribution.id(), "图.png", "image/png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        assertThat(svg.status()).isEqualTo(400);

        AttachmentHttp.Reply truncated = http.upload(unit.submitter(), contribution.id(), "坏图.png", "image/png",
                java.util.Arrays.copyOf(TestFiles.png(200, 200, Color.GREEN), 60));
        assertThat(truncated.status()).isEqualTo(400);

        assertThat(http.get("editor", "/api/contributions/" + contribution.id() + "/attachments").json()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413InChineseAndNothingIsStored() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        byte[] png = TestFiles.png(20, 20, Color.RED);
        System.arraycopy(png, 0, big, 0, png.length);
        AttachmentHttp.Reply ours = http.upload(unit.submitter(), contribution.id(), "大图.png", "image/png", big);
        assertThat(ours.status()).isEqualTo(413);
        assertThat(ours.json().get("detail").asString()).contains("附件不能超过 10 MB");

        AttachmentHttp.Reply larger = http.upload(unit.submitter(), contribution.id(), "更大.png", "image/png",
                new byte[11 * 1024 * 1024 + 10]);
        assertThat(larger.status()).as(larger.toString()).isEqualTo(413);
        assertThat(larger.json().get("detail").asString()).contains("附件不能超过 10 MB");
        AttachmentHttp.Reply request = http.upload(unit.submitter(), contribution.id(), "超大.png", "image/png",
                new byte[13 * 1024 * 1024]);
        assertThat(request.status()).as("refused before it is read").isEqualTo(413);

        assertThat(http.get("editor", "/api/contributions/" + contribution.id() + "/attachments").json()).isEmpty();
    }

    @Test
    void theSameFileTwiceIsAConflict() {
        byte[] pdf = TestFiles.pdf();
        assertThat(http.upload(unit.submitter(), contribution.id(), "a.pdf", "application/pdf", pdf).status()).isEqualTo(201);
        AttachmentHttp.Reply again = http.upload(unit.submitter2(), contribution.id(), "b.pdf", "application/pdf", pdf);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("已上传过").contains(sha256(pdf));
    }

    @Test
    void anotherDepartmentAndOutsidersNeitherReadNorAdd() {
        long id = http.upload(unit.submitter(), contribution.id(), "说明.pdf", "application/pdf", TestFiles.pdf())
                .json().get("id").asLong();
        for (String outsider : List.of(other.submitter(), "recipient", "sysadmin")) {
            assertThat(http.get(outsider, "/api/contributions/" + contribution.id() + "/attachments").status())
                    .as(outsider).isEqualTo(403);
            assertThat(http.get(outsider, "/api/attachments/" + id).status()).as(outsider).isEqualTo(403);
            assertThat(http.delete(outsider, "/api/attachments/" + id).status()).as(outsider).isEqualTo(403);
            assertThat(http.upload(outsider, contribution.id(), "x.pdf", "application/pdf", TestFiles.pdf()).status())
                    .as(outsider).isEqualTo(403);
        }
        assertThat(http.get("auditor", "/api/attachments/" + id).status()).isEqualTo(200);
        assertThat(http.upload("auditor", contribution.id(), "x.png", "image/png", TestFiles.png(5, 5, Color.RED)).status())
                .isEqualTo(403);
        assertThat(http.get(unit.submitter(), "/api/attachments/999999999").status()).isEqualTo(404);
    }

    @Test
    void filesChangeOnlyWhileTheContributionIsOpenAndRemovalIsLogged() {
        long id = http.upload(unit.submitter(), contribution.id(), "旧.pdf", "application/pdf", TestFiles.pdf())
                .json().get("id").asLong();
        assertThat(http.delete(unit.submitter(), "/api/attachments/" + id).status()).isEqualTo(204);
        assertThat(api("auditor").get("/api/audit/log?action=ATTACHMENT_REMOVED&issueId=" + issue.id()).json()
                .get("items")).hasSize(1);

        long kept = http.upload(unit.submitter(), contribution.id(), "照片.png", "image/png", TestFiles.png(8, 8, Color.RED))
                .json().get("id").asLong();
        fixture.submit(issue, unit.submitter(), unit.code(), "本周窗口办件情况良好。");
        assertThat(http.upload(unit.submitter(), contribution.id(), "补充.pdf", "application/pdf", TestFiles.pdf()).status())
                .as("submitted: the department no longer holds the pen").isEqualTo(409);
        assertThat(http.upload("editor", contribution.id(), "编辑补充.pdf", "application/pdf", TestFiles.pdf()).status())
                .as("the editor may, until deciding").isEqualTo(201);
        fixture.accept(issue, unit.code());
        assertThat(http.delete("editor", "/api/attachments/" + kept).status()).isEqualTo(409);
        assertThat(http.delete(unit.submitter(), "/api/attachments/" + kept).status()).isEqualTo(409);
        assertThat(http.get("editor", "/api/contributions/" + contribution.id() + "/attachments").json()).hasSize(2);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
