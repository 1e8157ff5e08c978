package cn.scgov.bulletin.rendering;

import java.io.ByteArrayInputStream;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The text a reader sees in the HTML preview: one line per block (headings, paragraphs, cells), no markup. */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "td");

    private HtmlText() {
    }

    static String of(byte[] html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html)).getDocumentElement();
        StringBuilder out = new StringBuilder();
        collect(root, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                String name = element.getLocalName();
                if (name.equals("style") || name.equals("head") || element.getAttribute("class").equals("watermark")) {
                    continue;
                }
                if (BLOCKS.contains(name)) {
                    out.append(element.getTextContent()).append('\n');
                } else {
                    collect(element, out);
                }
            }
        }
    }
}
