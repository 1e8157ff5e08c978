package cn.scgov.bulletin.attachment;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class AttachmentController {

    /** Served bytes are never interpreted by the browser: no script, nothing loaded, no sniffing. */
    private static final String POLICY = "default-src 'none'; sandbox";

    private final AttachmentService service;

    AttachmentController(AttachmentService service) {
        this.service = service;
    }

    record View(long id, long contributionId, String fileName, String contentType, String kind, long size,
            String sha256, Integer width, Integer height, String uploadedBy, Instant uploadedAt, String url) {

        static View of(Attachment a) {
            return new View(a.id(), a.contributionId(), a.fileName(), a.contentType(), a.kind().name(), a.size(),
                    a.sha256(), a.width(), a.height(), a.uploadedBy(), a.uploadedAt(), "/api/attachments/" + a.id());
        }
    }

    @GetMapping("/api/contributions/{id}/attachments")
    List<View> list(CurrentUser user, @PathVariable long id) {
        return service.list(user, id).stream().map(View::of).toList();
    }

    @PostMapping(path = "/api/contributions/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    View upload(CurrentUser user, @PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return View.of(service.upload(user, id, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/api/attachments/{id}")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable long id) {
        AttachmentService.Content content = service.download(user, id);
        return served(content, "attachment");
    }

    /** A verified PNG or JPEG shown in the page as an {@code <img>}; any other file only as a download. */
    @GetMapping("/api/attachments/{id}/image")
    ResponseEntity<byte[]> image(CurrentUser user, @PathVariable long id) {
        AttachmentService.Content content = service.download(user, id);
        if (!content.attachment().image()) {
            throw new ConflictException("该附件不是图片，只能下载");
        }
        return served(content, "inline");
    }

    @DeleteMapping("/api/attachments/{id}")
    ResponseEntity<Void> remove(CurrentUser user, @PathVariable long id) {
        service.remove(user, id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<byte[]> served(AttachmentService.Content content, String disposition) {
        Attachment a = content.attachment();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, a.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(disposition, a))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-SHA256", a.sha256())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(content.bytes());
    }

    /** RFC 6266 with an ASCII fallback name and the real (Chinese) name as RFC 5987 filename*. */
    static String disposition(String type, Attachment a) {
        String encoded = URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"attachment-" + a.id() + a.kind().extension() + "\"; filename*=UTF-8''" + encoded;
    }
}
