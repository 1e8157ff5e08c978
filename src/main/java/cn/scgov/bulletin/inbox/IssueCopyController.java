package cn.scgov.bulletin.inbox;

import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Copies (抄送) of issues in progress: send, who has read them, the caller's own list, marking read. */
@RestController
class IssueCopyController {

    private final IssueCopies copies;
    private final CopiedToMe mine;

    IssueCopyController(IssueCopies copies, CopiedToMe mine) {
        this.copies = copies;
        this.mine = mine;
    }

    record CopyRequest(List<String> usernames, String note) {
    }

    record MyCopies(long unread, PageResult<CopiedToMe.CopiedIssue> copies) {
    }

    @PostMapping("/api/issues/{id}/cc")
    IssueCopies.Result copy(CurrentUser user, @PathVariable long id, @RequestBody CopyRequest request) {
        return copies.copy(user, id, request.usernames(), request.note());
    }

    @GetMapping("/api/issues/{id}/cc")
    List<IssueCopies.Copy> copies(CurrentUser user, @PathVariable long id) {
        return copies.copies(user, id);
    }

    @GetMapping("/api/cc")
    MyCopies mine(CurrentUser user, @RequestParam(required = false) Boolean unread,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return new MyCopies(mine.unread(user), mine.list(user, unread, PageRequest.of(page, size, 20)));
    }

    @PostMapping("/api/cc/{copyId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(CurrentUser user, @PathVariable long copyId) {
        copies.markRead(user, copyId);
    }
}
