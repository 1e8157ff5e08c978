package cn.scgov.bulletin.rendering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * GET /api/issues/{id}/document.txt|html|docx|pdf. Signed-off issues: the frozen file, byte-identical,
 * with its SHA-256 as ETag. Before sign-off: a draft preview for the office, approvers and auditors.
 */
@RestController
class DocumentController {

    /** The preview is inert even if a text slipped through escaping: no script, nothing loaded, sandboxed. */
    private static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'self'; sandbox allow-modals";

    private final IssueDocuments documents;

    DocumentController(IssueDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/issues/{issueId}/document.{extension}")
    @Operation(summary = "An issue's document: txt (plain text), html (preview), docx (Word), pdf (distribution)",
            description = "After sign-off the frozen file, identical byte for byte whatever changes later; its SHA-256 is "
                    + "the ETag and is recorded in the issue's history. Before sign-off a draft preview (marked 草稿), "
                    + "for editors, reviewers, leaders and auditors only. 503 when the server lacks the fonts for the PDF.")
    ResponseEntity<byte[]> document(CurrentUser user, @PathVariable long issueId,
            @Parameter(description = "txt, html, docx or pdf") @PathVariable String extension, WebRequest request) {
        DocumentFormat format = DocumentFormat.byExtension(extension)
                .orElseThrow(() -> new NotFoundException("不支持的文件格式：" + extension + "（可用 txt、html、docx、pdf）"));
        RenderedDocument document = documents.document(user, issueId, format);
        String etag = "\"" + document.sha256() + "\"";
        if (document.frozen() && request.checkNotModified(etag)) {
            return null;
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(format, document.fileName(), issueId))
                .header("X-Content-SHA256", document.sha256())
                .cacheControl(document.frozen() ? CacheControl.noCache().cachePrivate() : CacheControl.noStore());
        if (document.frozen()) {
            response.eTag(etag);
        }
        if (format == DocumentFormat.HTML) {
            response.header("Content-Security-Policy", HTML_POLICY);
        }
        return response.body(document.content());
    }

    @ExceptionHandler(FontsUnavailableException.class)
    ResponseEntity<ProblemDetail> fontsUnavailable(FontsUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("缺少字体，无法生成 PDF");
        problem.setProperty("packages", e.packages());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .body(problem);
    }

    /** RFC 6266 with an ASCII fallback name and the real (Chinese) name as RFC 5987 filename*. */
    static String disposition(DocumentFormat format, String fileName, long issueId) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return (format.inline() ? "inline" : "attachment") + "; filename=\"issue-" + issueId + "." + format.extension()
                + "\"; filename*=UTF-8''" + encoded;
    }
}
