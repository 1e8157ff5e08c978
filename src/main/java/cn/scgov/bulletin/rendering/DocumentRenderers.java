package cn.scgov.bulletin.rendering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/** One document model, four renderers. */
@Component
public class DocumentRenderers {

    private final PdfRenderer pdf;

    DocumentRenderers(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    public byte[] render(BulletinDocument document, DocumentFormat format) {
        return switch (format) {
            case TXT -> TextRenderer.render(document);
            case HTML -> HtmlRenderer.html(document).getBytes(StandardCharsets.UTF_8);
            case DOCX -> DocxRenderer.render(document);
            case PDF -> pdf.render(document);
        };
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
