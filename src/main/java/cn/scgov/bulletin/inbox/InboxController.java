package cn.scgov.bulletin.inbox;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InboxController {

    private final InboxService inbox;
    private final TaskOperations operations;
    private final TimeSource time;

    InboxController(InboxService inbox, TaskOperations operations, TimeSource time) {
        this.inbox = inbox;
        this.operations = operations;
        this.time = time;
    }

    record TargetRequest(@NotBlank(message = "请选择办理人") String username) {
    }

    @GetMapping("/api/inbox")
    PageResult<InboxRow> inbox(CurrentUser user, @RequestParam(defaultValue = "MINE") InboxTab tab,
            @RequestParam(required = false) Long bulletinId, @RequestParam(required = false) Long issueId,
            @RequestParam(required = false) String department, @RequestParam(required = false) LocalDate dueBefore,
            @RequestParam(defaultValue = "NEWEST") InboxSort sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        InboxFilter filter = new InboxFilter(bulletinId, issueId, department == null || department.isBlank() ? null : department,
                dueBefore == null ? null : dueBefore.plusDays(1).atStartOfDay(time.zone()).toInstant());
        return inbox.list(user, tab, filter, sort, PageRequest.of(page, size, 20));
    }

    @GetMapping("/api/inbox/counts")
    Map<InboxTab, Long> counts(CurrentUser user) {
        return inbox.counts(user);
    }

    @PostMapping("/api/tasks/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(CurrentUser user, @PathVariable String taskId) {
        operations.claim(user, taskId);
    }

    @PostMapping("/api/tasks/{taskId}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(CurrentUser user, @PathVariable String taskId) {
        operations.unclaim(user, taskId);
    }

    @PostMapping("/api/tasks/{taskId}/transfer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void transfer(CurrentUser user, @PathVariable String taskId, @Valid @RequestBody TargetRequest request) {
        operations.transfer(user, taskId, request.username());
    }

    @PostMapping("/api/tasks/{taskId}/delegate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delegate(CurrentUser user, @PathVariable String taskId, @Valid @RequestBody TargetRequest request) {
        operations.delegate(user, taskId, request.username());
    }

    @PostMapping("/api/tasks/{taskId}/reclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reclaim(CurrentUser user, @PathVariable String taskId) {
        operations.reclaim(user, taskId);
    }
}
