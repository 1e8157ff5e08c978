package cn.scgov.bulletin.rendering;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * WordprocessingML details of the GB/T 9704 layout: sizes in twips (1/20 pt) and half-points, the
 * East Asian font of every run (so Word on an office PC uses 仿宋_GB2312 and its kin), exact line
 * pitch, two-character first-line indents, borders and the PAGE field.
 */
final class DocxFormat {

    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 2098;
    static final int MARGIN_BOTTOM = 1984;
    static final int MARGIN_LEFT = 1587;
    static final int MARGIN_RIGHT = 1474;
    /** Page numbers sit 7 mm below the type area. */
    static final int FOOTER = 1304;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** 22 lines in the 225 mm type area. */
    static final int LINE = 579;
    /** 28 characters of 16 pt in the 156 mm type area: the grid's extra pitch in 1/4096 pt. */
    static final int CHAR_SPACE = (int) Math.floor((TEXT_WIDTH / 28.0 / 20.0 - 16.0) * 4096);
    /**
     * Body text does not snap to the character grid (LibreOffice gives a 16 pt character two cells of
     * 15.8 pt); it is tightened by 0.25 pt per character instead, which sets 28 to the line in Word,
     * WPS and LibreOffice alike.
     */
    static final int BODY_TRACKING = -5;
    static final int BODY_SIZE = 32;
    static final String RED = "E60012";
    static final String LATIN = "Times New Roman";

    private DocxFormat() {
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, FontRole role, int halfPoints) {
        return run(paragraph, text, role, halfPoints, null, false, 0);
    }

    /** A run of text; its properties are written in the order the schema requires (Word is strict about it). */
    static XWPFRun run(XWPFParagraph paragraph, String text, FontRole role, int halfPoints, String color, boolean bold,
            int trackingTwips) {
        XWPFRun run = paragraph.createRun();
        properties(run.getCTR(), role, halfPoints, color, bold, trackingTwips);
        run.setText(text);
        return run;
    }

    static void font(CTR run, FontRole role, int halfPoints) {
        properties(run, role, halfPoints, null, false, 0);
    }

    private static void properties(CTR run, FontRole role, int halfPoints, String color, boolean bold, int trackingTwips) {
        CTRPr properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
        CTFonts fonts = properties.addNewRFonts();
        String latin = role == FontRole.SONG ? role.office() : LATIN;
        fonts.setAscii(latin);
        fonts.setHAnsi(latin);
        fonts.setCs(latin);
        fonts.setEastAsia(role.office());
        fonts.setHint(STHint.EAST_ASIA);
        if (bold) {
            properties.addNewB();
            properties.addNewBCs();
        }
        if (color != null) {
            properties.addNewColor().setVal(color);
        }
        if (trackingTwips != 0) {
            properties.addNewSpacing().setVal(BigInteger.valueOf(trackingTwips));
        }
        properties.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        properties.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    static CTPPr properties(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    }

    /** Body paragraphs keep the exact line pitch but not the character grid (see {@link #BODY_TRACKING}). */
    static void offCharacterGrid(XWPFParagraph paragraph) {
        properties(paragraph).addNewSnapToGrid().setVal(false);
    }

    /** Exact line pitch and space before/after, in twips. */
    static void spacing(XWPFParagraph paragraph, int line, int before, int after) {
        CTSpacing spacing = properties(paragraph).addNewSpacing();
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    /** The two-character indent of paragraphs and headings. */
    static void firstLineIndent(XWPFParagraph paragraph, int halfPoints) {
        CTInd indent = properties(paragraph).addNewInd();
        indent.setFirstLineChars(BigInteger.valueOf(200));
        indent.setFirstLine(BigInteger.valueOf(halfPoints * 20L));
    }

    static void sideIndents(XWPFParagraph paragraph, int left, int right) {
        CTInd indent = properties(paragraph).addNewInd();
        indent.setLeft(BigInteger.valueOf(left));
        indent.setRight(BigInteger.valueOf(right));
    }

    static void align(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
    }

    static void keepWithNext(XWPFParagraph paragraph) {
        properties(paragraph).addNewKeepNext();
    }

    static void bottomBorder(XWPFParagraph paragraph, String color, int eighthsOfPoint, int spacePoints) {
        CTBorder border = properties(paragraph).addNewPBdr().addNewBottom();
        border(border, color, eighthsOfPoint);
        border.setSpace(BigInteger.valueOf(spacePoints));
    }

    static void border(CTBorder border, String color, int eighthsOfPoint) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighthsOfPoint));
        border.setColor(color);
        border.setSpace(BigInteger.ZERO);
    }

    static void noBorder(CTBorder border) {
        border.setVal(STBorder.NIL);
    }

    /** The page number field, shown "1" until Word or LibreOffice updates it. */
    static void pageField(XWPFParagraph paragraph, FontRole role, int halfPoints) {
        fieldChar(paragraph, role, halfPoints, STFldCharType.BEGIN);
        CTR instruction = paragraph.createRun().getCTR();
        font(instruction, role, halfPoints);
        instruction.addNewInstrText().setStringValue(" PAGE ");
        fieldChar(paragraph, role, halfPoints, STFldCharType.SEPARATE);
        run(paragraph, "1", role, halfPoints);
        fieldChar(paragraph, role, halfPoints, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph paragraph, FontRole role, int halfPoints, STFldCharType.Enum type) {
        CTR run = paragraph.createRun().getCTR();
        font(run, role, halfPoints);
        run.addNewFldChar().setFldCharType(type);
    }
}
