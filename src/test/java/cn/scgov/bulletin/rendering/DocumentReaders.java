package cn.scgov.bulletin.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import cn.scgov.bulletin.rendering.ReadDocument.Paragraph;
import cn.scgov.bulletin.rendering.ReadDocument.Run;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an issue back from each of its formats the way a reader (or an office's tools) would: the
 * plain text line by line, the HTML by its elements, the DOCX by Word's paragraphs, tables and runs,
 * and a PDF by where its glyphs sit on the page (a paragraph starts with the two-character first-line
 * indent, continues at the left edge; bold is drawn bold). See {@link PdfLayoutReader}.
 */
final class DocumentReaders {

    private DocumentReaders() {
    }

    /**
     * The plain text (and the hand-written expected texts, which are in the same form): the masthead
     * lines up to the first blank line (title, issue line, issuer, date, subtitle, period), then one
     * paragraph per line; {@code **…**} marks a bold run.
     */
    static ReadDocument fromText(String text) {
        List<String> lines = new ArrayList<>(List.of(text.replace("\r", "").split("\n", -1)));
        if (!lines.isEmpty() && lines.get(0).startsWith("【")) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        List<String> masthead = new ArrayList<>();
        int at = 0;
        while (at < lines.size() && !lines.get(at).isBlank()) {
            masthead.add(lines.get(at++));
        }
        if (masthead.size() >= 4) {
            masthead.set(2, masthead.get(2) + masthead.remove(3));
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String line : lines.subList(at, lines.size())) {
            if (!line.isBlank()) {
                paragraphs.add(Paragraph.of(Emphasis.spans(line).stream().map(span -> new Run(span.text(), span.bold()))
                        .toList()));
            }
        }
        return new ReadDocument(masthead, paragraphs);
    }

    /** The HTML: the header's lines (the issuer line's cells joined), then main's and the colophon's paragraphs. */
    static ReadDocument fromHtml(byte[] html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html)).getDocumentElement();
        List<String> masthead = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        walkHtml(root, masthead, paragraphs, null);
        return new ReadDocument(masthead, paragraphs);
    }

    private static void walkHtml(Element element, List<String> masthead, List<Paragraph> paragraphs, String region) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e)) {
                continue;
            }
            String name = e.getLocalName();
            String within = switch (name) {
                case "header" -> "masthead";
                case "main", "footer" -> "body";
                default -> region;
            };
            if (name.equals("head") || name.equals("style") || e.getAttribute("class").contains("watermark")
                    || e.getAttribute("class").contains("draft-notice")) {
                continue;
            }
            boolean block = name.matches("h[1-6]|p");
            if ("masthead".equals(within) && (block || name.equals("tr"))) {
                masthead.add(e.getTextContent());
            } else if ("body".equals(within) && block) {
                List<Run> runs = new ArrayList<>();
                htmlRuns(e, false, runs);
                paragraphs.add(Paragraph.of(runs));
            } else {
                walkHtml(e, masthead, paragraphs, within);
            }
        }
    }

    private static void htmlRuns(Node node, boolean bold, List<Run> runs) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                runs.add(new Run(child.getNodeValue(), bold));
            } else if (child instanceof Element e) {
                htmlRuns(e, bold || e.getLocalName().equals("strong") || e.getLocalName().equals("b"), runs);
            }
        }
    }

    /**
     * The DOCX as Word holds it: the masthead is everything before the first paragraph with a
     * first-line indent (a table row's cells joined into one line); after it every non-empty
     * paragraph and colophon row is a paragraph; runs marked bold are bold.
     */
    static ReadDocument fromDocx(byte[] docx) throws IOException {
        List<String> masthead = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            boolean body = false;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    if (paragraph.getText().isBlank()) {
                        continue;
                    }
                    body = body || indented(paragraph);
                    if (body) {
                        paragraphs.add(docxParagraph(paragraph));
                    } else if (!paragraph.getText().startsWith(BulletinDocument.DRAFT_NOTICE)) {
                        masthead.add(paragraph.getText());
                    }
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<Run> runs = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                                docxRuns(paragraph, runs);
                            }
                        }
                        if (body) {
                            paragraphs.add(Paragraph.of(runs));
                        } else {
                            masthead.add(Paragraph.of(runs).text());
                        }
                    }
                }
            }
        }
        return new ReadDocument(masthead, paragraphs);
    }

    private static boolean indented(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() == null || paragraph.getCTP().getPPr().getInd() == null) {
            return false;
        }
        CTInd indent = paragraph.getCTP().getPPr().getInd();
        BigInteger chars = indent.getFirstLineChars();
        Object twips = indent.getFirstLine();
        return chars != null && chars.signum() > 0 || twips != null && new BigInteger(twips.toString()).signum() > 0;
    }

    private static Paragraph docxParagraph(XWPFParagraph paragraph) {
        List<Run> runs = new ArrayList<>();
        docxRuns(paragraph, runs);
        return Paragraph.of(runs);
    }

    private static void docxRuns(XWPFParagraph paragraph, List<Run> runs) {
        for (XWPFRun run : paragraph.getRuns()) {
            runs.add(new Run(run.text(), run.isBold()));
        }
    }

    /** A PDF by the position and weight of its glyphs. */
    static ReadDocument fromPdf(Path pdf) throws IOException {
        return PdfLayoutReader.read(pdf);
    }

    static ReadDocument fromPdf(byte[] pdf) throws IOException {
        return PdfLayoutReader.read(pdf);
    }
}
