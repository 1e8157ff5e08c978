package cn.scgov.bulletin.rendering;

import static cn.scgov.bulletin.rendering.DocxFormat.BODY_SIZE;
import static cn.scgov.bulletin.rendering.DocxFormat.LINE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import cn.scgov.bulletin.rendering.BulletinDocument.Block;
import cn.scgov.bulletin.rendering.BulletinDocument.Heading;
import cn.scgov.bulletin.rendering.BulletinDocument.Masthead;
import cn.scgov.bulletin.rendering.BulletinDocument.Paragraph;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The DOCX offices open in Word and print: A4 with the GB/T 9704 margins and a 22 x 28 grid,
 * 仿宋_GB2312 16 pt body, 黑体 一、 headings, 楷体_GB2312 （一） headings, a red 方正小标宋简体 masthead,
 * page numbers "— 8 —" in 宋体 14 pt at the outside corner (odd pages right, even pages left) and
 * the colophon between full-width rules (outer 0.35 mm, inner 0.25 mm).
 */
final class DocxRenderer {


    private DocxRenderer() {
    }

    static byte[] render(BulletinDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            defaults(docx);
            page(docx);
            pageNumbers(docx);
            docx.getProperties().getCoreProperties().setTitle(document.name());
            docx.getProperties().getCoreProperties().setCreator(document.masthead().issuer());
            if (document.draft()) {
                draftMarks(docx);
            }
            masthead(docx, document.masthead());
            for (Block block : document.blocks()) {
                if (block instanceof Heading heading) {
                    heading(docx, heading);
                } else if (block instanceof Paragraph paragraph) {
                    paragraph(docx, paragraph);
                } else if (block instanceof BulletinDocument.Figure figure) {
                    figure(docx, figure);
                }
            }
            if (document.hasColophon()) {
                DocxTables.colophon(docx, document);
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX rendering failed", e);
        }
    }

    /**
     * Document defaults and the Normal style: 仿宋_GB2312 16 pt. The grid's character pitch is reckoned
     * from this size (Word from the defaults, LibreOffice from Normal), so that a line holds 28.
     */
    private static void defaults(XWPFDocument docx) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(DocxFormat.LATIN);
        fonts.setHAnsi(DocxFormat.LATIN);
        fonts.setCs(DocxFormat.LATIN);
        fonts.setEastAsia(FontRole.FANGSONG.office());
        XWPFStyles styles = docx.createStyles();
        styles.setDefaultFonts(fonts);
        CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        defaults.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage("zh-CN");
        CTStyle normal = CTStyle.Factory.newInstance();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        normal.addNewPPr().addNewJc().setVal(STJc.BOTH);
        CTRPr normalRun = normal.addNewRPr();
        normalRun.addNewRFonts().set(fonts);
        normalRun.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
        normalRun.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
        styles.addStyle(new XWPFStyle(normal, styles));
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(DocxFormat.PAGE_WIDTH));
        section.getPgSz().setH(BigInteger.valueOf(DocxFormat.PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(DocxFormat.MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(DocxFormat.MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(DocxFormat.MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(DocxFormat.MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(DocxFormat.FOOTER));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = section.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE));
        grid.setCharSpace(BigInteger.valueOf(DocxFormat.CHAR_SPACE));
    }

    private static void pageNumbers(XWPFDocument docx) {
        docx.setEvenAndOddHeadings(true);
        pageNumber(docx.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(docx.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph paragraph = footer.createParagraph();
        DocxFormat.align(paragraph, side);
        int oneCharacter = 280;
        DocxFormat.sideIndents(paragraph, side == ParagraphAlignment.LEFT ? oneCharacter : 0,
                side == ParagraphAlignment.RIGHT ? oneCharacter : 0);
        DocxFormat.run(paragraph, "— ", FontRole.SONG, 28);
        DocxFormat.pageField(paragraph, FontRole.SONG, 28);
        DocxFormat.run(paragraph, " —", FontRole.SONG, 28);
    }

    /** A draft says so at the top of every page and above the masthead. */
    private static void draftMarks(XWPFDocument docx) {
        for (HeaderFooterType type : new HeaderFooterType[] {HeaderFooterType.DEFAULT, HeaderFooterType.EVEN}) {
            XWPFParagraph mark = docx.createHeader(type).createParagraph();
            DocxFormat.align(mark, ParagraphAlignment.CENTER);
            DocxFormat.run(mark, "草稿（未签发）", FontRole.HEI, 28, DocxFormat.RED, false, 0);
        }
        XWPFParagraph notice = docx.createParagraph();
        DocxFormat.offCharacterGrid(notice);
        DocxFormat.align(notice, ParagraphAlignment.CENTER);
        DocxFormat.run(notice, BulletinDocument.DRAFT_NOTICE, FontRole.HEI, 24, DocxFormat.RED, false, 0);
    }

    private static void masthead(XWPFDocument docx, Masthead masthead) {
        XWPFParagraph title = centered(docx, 1200, 340, 0);
        DocxFormat.run(title, masthead.title(), FontRole.TITLE, 84, DocxFormat.RED, false, 80);

        XWPFParagraph issueLine = centered(docx, LINE, 227, 0);
        DocxFormat.run(issueLine, masthead.issueLine(), FontRole.FANGSONG, BODY_SIZE);

        DocxTables.issuerLine(docx, masthead);
        DocxFormat.spacing(docx.createParagraph(), 454, 0, 0);

        if (masthead.subtitle() != null) {
            DocxFormat.run(centered(docx, 720, 0, 0), masthead.subtitle(), FontRole.TITLE, 44);
        }
        if (masthead.periodLine() != null) {
            DocxFormat.run(centered(docx, LINE, 0, LINE), masthead.periodLine(), FontRole.KAI, BODY_SIZE);
        } else {
            DocxFormat.spacing(docx.createParagraph(), LINE, 0, 0);
        }
    }

    private static XWPFParagraph centered(XWPFDocument docx, int line, int before, int after) {
        XWPFParagraph paragraph = docx.createParagraph();
        DocxFormat.offCharacterGrid(paragraph);
        DocxFormat.align(paragraph, ParagraphAlignment.CENTER);
        DocxFormat.spacing(paragraph, line, before, after);
        return paragraph;
    }

    private static void heading(XWPFDocument docx, Heading heading) {
        XWPFParagraph paragraph = docx.createParagraph();
        DocxFormat.spacing(paragraph, LINE, 0, 0);
        DocxFormat.firstLineIndent(paragraph, BODY_SIZE);
        DocxFormat.keepWithNext(paragraph);
        DocxFormat.properties(paragraph).addNewOutlineLvl().setVal(BigInteger.valueOf(heading.level() - 1L));
        DocxFormat.offCharacterGrid(paragraph);
        FontRole role = heading.level() == 1 ? FontRole.HEI : heading.level() == 2 ? FontRole.KAI : FontRole.FANGSONG;
        DocxFormat.run(paragraph, heading.text(), role, BODY_SIZE, null, false, DocxFormat.BODY_TRACKING);
    }

    private static void paragraph(XWPFDocument docx, Paragraph block) {
        XWPFParagraph paragraph = docx.createParagraph();
        DocxFormat.align(paragraph, ParagraphAlignment.BOTH);
        DocxFormat.spacing(paragraph, LINE, 0, 0);
        DocxFormat.firstLineIndent(paragraph, BODY_SIZE);
        DocxFormat.offCharacterGrid(paragraph);
        if (block.number() != null) {
            DocxFormat.run(paragraph, block.number(), FontRole.FANGSONG, BODY_SIZE, null, false, DocxFormat.BODY_TRACKING);
        }
        for (Emphasis.Span span : block.spans()) {
            DocxFormat.run(paragraph, span.text(), FontRole.FANGSONG, BODY_SIZE, null, span.bold(), DocxFormat.BODY_TRACKING);
        }
    }

    /** A placed image as an inline picture, at most the text width wide (its natural size at 96 dpi), caption below. */
    private static void figure(XWPFDocument docx, BulletinDocument.Figure figure) {
        // Line spacing left to Word ("single"): an exact line height would cut the picture off.
        XWPFParagraph picture = docx.createParagraph();
        DocxFormat.offCharacterGrid(picture);
        DocxFormat.align(picture, ParagraphAlignment.CENTER);
        if (figure.caption() != null) {
            DocxFormat.keepWithNext(picture);
        }
        double textWidthPt = (DocxFormat.PAGE_WIDTH - DocxFormat.MARGIN_LEFT - DocxFormat.MARGIN_RIGHT) / 20.0;
        double widthPt = Math.min(figure.width() * 72.0 / 96, textWidthPt);
        double heightPt = widthPt * figure.height() / figure.width();
        try {
            picture.createRun().addPicture(new java.io.ByteArrayInputStream(figure.content()),
                    figure.png() ? org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG
                            : org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG,
                    figure.png() ? "figure.png" : "figure.jpg",
                    org.apache.poi.util.Units.toEMU(widthPt), org.apache.poi.util.Units.toEMU(heightPt));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(new IOException("DOCX picture failed", e));
        }
        if (figure.caption() != null) {
            XWPFParagraph caption = centered(docx, LINE, 0, 0);
            DocxFormat.run(caption, figure.caption(), FontRole.KAI, BODY_SIZE);
        }
    }
}
