package cn.scgov.bulletin.rendering;

import static cn.scgov.bulletin.rendering.DocxFormat.LINE;

import java.math.BigInteger;

import cn.scgov.bulletin.rendering.BulletinDocument.Masthead;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The two tables of the DOCX: the issuer line over the red rule, and the colophon between its rules. */
final class DocxTables {

    private static final int COLOPHON_SIZE = 28;
    /** The issuer and date share a line in 14 pt: in 16 pt a 20-character issuer leaves the date no room. */
    private static final int ISSUER_SIZE = 28;

    private DocxTables() {
    }

    /**
     * Issuer at the left, date at the right, over the red full-width rule: a borderless two-cell
     * table (a long issuer wraps in its cell instead of pushing the date off the line).
     */
    static void issuerLine(XWPFDocument docx, Masthead masthead) {
        int dateWidth = 2600;
        XWPFTable table = docx.createTable(1, 2);
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblW().setType(STTblWidth.DXA);
        properties.getTblW().setW(BigInteger.valueOf(DocxFormat.TEXT_WIDTH));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders() : properties.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
            DocxFormat.noBorder(border);
        }
        DocxFormat.border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), DocxFormat.RED, 12);
        grid(table, DocxFormat.TEXT_WIDTH - dateWidth, dateWidth);
        String[] texts = {masthead.issuer(), masthead.date()};
        for (int i = 0; i < 2; i++) {
            var cell = table.getRow(0).getCell(i);
            cell.getCTTc().addNewTcPr().addNewTcW().setType(STTblWidth.DXA);
            cell.getCTTc().getTcPr().getTcW().setW(BigInteger.valueOf(i == 0 ? DocxFormat.TEXT_WIDTH - dateWidth : dateWidth));
            XWPFParagraph paragraph = cell.getParagraphArray(0);
            DocxFormat.offCharacterGrid(paragraph);
            DocxFormat.spacing(paragraph, LINE, 0, 60);
            DocxFormat.align(paragraph, i == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
            DocxFormat.run(paragraph, texts[i], FontRole.FANGSONG, ISSUER_SIZE, null, false, 0);
        }
        var margins = properties.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.ZERO);
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.ZERO);
        margins.getRight().setType(STTblWidth.DXA);
    }

    /** Column widths of a fixed-layout table, in twips. */
    private static void grid(XWPFTable table, int... widths) {
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int i = 0; i < widths.length; i++) {
            (grid.sizeOfGridColArray() > i ? grid.getGridColArray(i) : grid.addNewGridCol()).setW(BigInteger.valueOf(widths[i]));
        }
    }

    /**
     * The colophon as a one-column table: its top and bottom borders are the thick rules, the inner ones
     * thin; a row per line the issue prints (报, 送, 发, then the print run unless it prints none).
     */
    static void colophon(XWPFDocument docx, BulletinDocument document) {
        DocxFormat.spacing(docx.createParagraph(), LINE, 0, 0);
        int rows = document.colophon().size() + (document.printRun() != null ? 1 : 0);
        XWPFTable table = docx.createTable(rows, 1);
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblW().setType(STTblWidth.DXA);
        properties.getTblW().setW(BigInteger.valueOf(DocxFormat.TEXT_WIDTH));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders() : properties.addNewTblBorders();
        DocxFormat.border(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), "000000", 8);
        DocxFormat.border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), "000000", 8);
        DocxFormat.border(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(), "000000", 6);
        DocxFormat.noBorder(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft());
        DocxFormat.noBorder(borders.isSetRight() ? borders.getRight() : borders.addNewRight());
        DocxFormat.noBorder(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV());
        grid(table, DocxFormat.TEXT_WIDTH);
        for (int i = 0; i < rows; i++) {
            boolean printRun = i == document.colophon().size();
            XWPFTableRow row = table.getRow(i);
            row.setCantSplitRow(true);
            row.getCell(0).getCTTc().addNewTcPr().addNewTcW().setType(STTblWidth.DXA);
            row.getCell(0).getCTTc().getTcPr().getTcW().setW(BigInteger.valueOf(DocxFormat.TEXT_WIDTH));
            XWPFParagraph paragraph = row.getCell(0).getParagraphArray(0);
            DocxFormat.offCharacterGrid(paragraph);
            DocxFormat.spacing(paragraph, 480, 40, 40);
            DocxFormat.sideIndents(paragraph, 280, 280);
            DocxFormat.align(paragraph, printRun ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            if (!printRun) {
                DocxFormat.keepWithNext(paragraph);
            }
            DocxFormat.run(paragraph, printRun ? document.printRun() : document.colophon().get(i), FontRole.FANGSONG,
                    COLOPHON_SIZE);
        }
        XWPFParagraph end = docx.createParagraph();
        DocxFormat.spacing(end, 20, 0, 0);
    }
}
