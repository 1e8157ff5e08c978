package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import cn.scgov.bulletin.attachment.Attachment;
import cn.scgov.bulletin.attachment.AttachmentService;
import cn.scgov.bulletin.attachment.TestFiles;
import cn.scgov.bulletin.compilation.CompiledItem;
import cn.scgov.bulletin.compilation.ItemFigures;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.support.FlowTestSupport;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An attached image the editor placed under an item prints in every format, and stays in the frozen files. */
class ItemImageRenderingTests extends FlowTestSupport {

    @Autowired ApplicationContext context;
    @Autowired AttachmentService attachments;
    @Autowired ItemFigures figures;
    @Autowired IssueDocuments documents;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private Issue issue;
    private Contribution contribution;

    @BeforeEach
    void openIssue() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 10, 19));
        contribution = fixture.contribution(issue, unit.code());
    }

    @Test
    void aPlacedImagePrintsInHtmlDocxAndPdfAndInTheFrozenFiles() throws Exception {
        byte[] wide = TestFiles.png(1600, 800, new Color(200, 30, 30));
        Attachment image = attachments.upload(user(unit.submitter()), contribution.id(), "大厅现场.png", wide);
        Attachment pdf = attachments.upload(user(unit.submitter()), contribution.id(), "说明.pdf", TestFiles.pdf());
        fixture.submit(issue, unit.submitter(), unit.code(), "本周窗口受理业务 120 件。");
        fixture.accept(issue, unit.code());
        CompiledItem item = departmentItem();

        assertThatThrownBy(() -> figures.place(user("editor"), issue.id(), item.id(), pdf.id(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PNG 或 JPEG");
        assertThatThrownBy(() -> figures.place(user(unit.submitter()), issue.id(), item.id(), image.id(), null))
                .isInstanceOf(cn.scgov.bulletin.shared.ForbiddenException.class);
        figures.place(user("editor"), issue.id(), item.id(), image.id(), "窗口工作人员为群众办理业务");

        String html = new String(documents.document(user("editor"), issue.id(), DocumentFormat.HTML).content(), StandardCharsets.UTF_8);
        assertThat(html).contains("data:image/png;base64," + Base64.getEncoder().encodeToString(wide))
                .contains("<p class=\"figure-caption\">窗口工作人员为群众办理业务</p>");
        assertThat(html.indexOf("本周窗口受理业务")).as("after its item").isLessThan(html.indexOf("data:image/png"));
        assertThat(new String(documents.document(user("editor"), issue.id(), DocumentFormat.TXT).content(),
                StandardCharsets.UTF_8)).contains("〔图〕窗口工作人员为群众办理业务");

        assertPictureScaledToTextWidth(documents.document(user("editor"), issue.id(), DocumentFormat.DOCX).content(), wide);
        assertPdfDrawsImage(documents.document(user("editor"), issue.id(), DocumentFormat.PDF).content(), "draft");

        fixture.distribute(issue);
        RenderedDocument frozenPdf = documents.document(user("editor"), issue.id(), DocumentFormat.PDF);
        assertThat(frozenPdf.frozen()).isTrue();
        assertPdfDrawsImage(frozenPdf.content(), "frozen");
        assertPictureScaledToTextWidth(documents.document(user("editor"), issue.id(), DocumentFormat.DOCX).content(), wide);
        assertThatThrownBy(() -> figures.remove(user("editor"), issue.id(), item.id()))
                .as("a distributed issue is fixed").isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyImagesOfTheItemsOwnContributionAndTakingOneOutIsLogged() {
        ParticipantsFixture.Unit other = fixture.unit();
        Issue two = fixture.open(fixture.bulletin(List.of(unit.code(), other.code())), LocalDate.of(2026, 10, 26));
        Contribution mine = fixture.contribution(two, unit.code());
        Contribution theirs = fixture.contribution(two, other.code());
        attachments.upload(user(unit.submitter()), mine.id(), "我的.jpg", TestFiles.jpeg(300, 200));
        Attachment foreign = attachments.upload(user(other.submitter()), theirs.id(), "别人的.png",
                TestFiles.png(50, 50, Color.BLUE));
        fixture.submit(two, unit.submitter(), unit.code(), "窗口动态。");
        fixture.accept(two, unit.code());
        CompiledItem item = compilation.compilation(user("editor"), two.id()).sections().stream()
                .flatMap(s -> s.items().stream()).filter(i -> i.contributionId() != null).findFirst().orElseThrow();

        assertThatThrownBy(() -> figures.place(user("editor"), two.id(), item.id(), foreign.id(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("所属部门稿件");
        List<Attachment> candidates = figures.candidates(user("editor"), two.id(), item.id());
        assertThat(candidates).extracting(Attachment::fileName).containsExactly("我的.jpg");
        figures.place(user("editor"), two.id(), item.id(), candidates.get(0).id(), null);
        assertThat(figures.ofIssue(user("reviewer"), two.id())).hasSize(1);
        String html = new String(documents.document(user("editor"), two.id(), DocumentFormat.HTML).content(), StandardCharsets.UTF_8);
        assertThat(html).contains("data:image/jpeg;base64,").doesNotContain("<p class=\"figure-caption\">");

        figures.remove(user("editor"), two.id(), item.id());
        assertThat(figures.ofIssue(user("editor"), two.id())).isEmpty();
        assertThat(new String(documents.document(user("editor"), two.id(), DocumentFormat.HTML).content(),
                StandardCharsets.UTF_8)).doesNotContain("data:image/");
    }

    private CompiledItem departmentItem() {
        return compilation.compilation(user("editor"), issue.id()).sections().stream().flatMap(s -> s.items().stream())
                .filter(i -> i.contributionId() != null && i.contributionId() == contribution.id()).findFirst().orElseThrow();
    }

    private static void assertPictureScaledToTextWidth(byte[] docx, byte[] png) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(document.getAllPictures().get(0).getData()).isEqualTo(png);
            assertThat(document.getPackage().getParts()).anySatisfy(part ->
                    assertThat(part.getPartName().getName()).startsWith("/word/media/"));
            XWPFPicture picture = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).findFirst().orElseThrow();
            long textWidth = Units.toEMU((11906 - 1587 - 1474) / 20.0);
            assertThat(picture.getCTPicture().getSpPr().getXfrm().getExt().getCx()).isCloseTo(textWidth, within(1L));
            assertThat(picture.getCTPicture().getSpPr().getXfrm().getExt().getCy()).isCloseTo(textWidth / 2, within(1L));
        }
    }

    private static void assertPdfDrawsImage(byte[] pdf, String name) throws IOException {
        Tools.requirePoppler();
        Path file = Files.createTempFile("figure-" + name, ".pdf");
        Files.write(file, pdf);
        String list = Tools.pdfImages(file);
        assertThat(list.lines().skip(2).filter(line -> line.matches("\\s*\\d+\\s+\\d+\\s+image\\s+1600\\s+800\\s.*")))
                .as(list).hasSize(1);
    }
}
