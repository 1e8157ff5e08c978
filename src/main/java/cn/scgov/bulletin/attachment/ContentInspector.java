package cn.scgov.bulletin.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import cn.scgov.bulletin.shared.InvalidInputException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Tells what a file is from its bytes, never from its name: PNG/JPEG that ImageIO decodes with sane
 * dimensions, a PDF that PDFBox opens, a DOCX/XLSX whose OOXML package says so and holds no macros or
 * embedded OLE objects. Anything else (an executable named .pdf, SVG, HTML, macro-enabled documents) is
 * refused with 400.
 */
final class ContentInspector {

    static final String ACCEPTED = "只接受 PNG、JPEG 图片和 PDF、Word（DOCX）、Excel（XLSX）文件";

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private ContentInspector() {
    }

    record Inspected(AttachmentKind kind, Integer width, Integer height) {
    }

    static Inspected inspect(byte[] content, int maxImageSide) {
        if (startsWith(content, PNG)) {
            return image(content, AttachmentKind.PNG, "png", maxImageSide);
        }
        if (startsWith(content, JPEG)) {
            return image(content, AttachmentKind.JPEG, "jpeg", maxImageSide);
        }
        if (startsWith(content, PDF)) {
            return pdf(content);
        }
        if (startsWith(content, ZIP)) {
            return office(content);
        }
        throw refused("文件内容不是可接受的类型（与文件名无关）。" + ACCEPTED);
    }

    private static Inspected image(byte[] content, AttachmentKind kind, String format, int maxSide) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw refused("无法读取该" + kind.label());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > maxSide || height > maxSide) {
                    throw refused("图片尺寸 " + width + "×" + height + " 不合要求（每边 1—" + maxSide + " 像素）");
                }
                // Decoding the whole picture proves it is one, not only a header in front of something else;
                // subsampled to about a million pixels, so a huge picture costs no more memory than a small one.
                javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / 1_000_000)));
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
                return new Inspected(kind, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw refused("无法读取该" + kind.label() + "，文件可能已损坏");
        }
    }

    private static Inspected pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() < 1) {
                throw refused("PDF 文件没有页面");
            }
            return new Inspected(AttachmentKind.PDF, null, null);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw refused("无法打开该 PDF 文件，文件可能已损坏或加密");
        }
    }

    private static Inspected office(byte[] content) {
        OPCPackage pack = null;
        try {
            pack = OPCPackage.open(new ByteArrayInputStream(content));
            for (PackagePart part : pack.getParts()) {
                String type = part.getContentType().toLowerCase(Locale.ROOT);
                String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
                if (type.contains("macroenabled") || type.contains("vbaproject") || type.contains("oleobject")
                        || name.endsWith(".bin") || name.contains("vbaproject")) {
                    throw refused("不接受含宏或嵌入对象（OLE）的 Office 文件，请另存为不含宏的 DOCX/XLSX 后上传");
                }
            }
            if (!pack.getPartsByContentType(DOCX_MAIN).isEmpty()) {
                return new Inspected(AttachmentKind.DOCX, null, null);
            }
            if (!pack.getPartsByContentType(XLSX_MAIN).isEmpty()) {
                return new Inspected(AttachmentKind.XLSX, null, null);
            }
            throw refused("该 ZIP 文件不是 Word（DOCX）或 Excel（XLSX）文档。" + ACCEPTED);
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw refused("无法打开该 Office 文件，文件可能已损坏。" + ACCEPTED);
        } finally {
            if (pack != null) {
                // Opened only to read: revert, since closing would try to write the package back.
                pack.revert();
            }
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static InvalidInputException refused(String message) {
        return InvalidInputException.field("file", message);
    }
}
