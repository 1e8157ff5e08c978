package cn.scgov.bulletin.notice;

import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NoticeController {

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    record DeliveryRequest(String mode, Integer version) {
    }

    @GetMapping("/api/notices")
    PageResult<Notice> list(CurrentUser user, @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return notices.list(user, unreadOnly, PageRequest.of(page, size, 20));
    }

    @GetMapping("/api/notices/unread-count")
    Map<String, Long> unread(CurrentUser user) {
        return Map.of("unread", notices.unread(user));
    }

    @PostMapping("/api/notices/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(CurrentUser user, @PathVariable long id) {
        notices.markRead(user, id);
    }

    @PostMapping("/api/notices/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void readAll(CurrentUser user) {
        notices.markAllRead(user);
    }

    /** How the caller's notices reach them (in-app only, e-mail too, daily digest). */
    @GetMapping("/api/me/notice-settings")
    Notices.Delivery delivery(CurrentUser user) {
        return notices.delivery(user);
    }

    @PutMapping("/api/me/notice-settings")
    Notices.Delivery choose(CurrentUser user, @RequestBody DeliveryRequest request) {
        return notices.choose(user, request.mode(), request.version());
    }
}
