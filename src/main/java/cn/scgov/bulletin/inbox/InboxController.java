package cn.scgov.bulletin.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.BulkWork;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.SearchTerms;
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
    private final TaskReassignment reassignment;

    private final BulkClaim bulkClaim;

    InboxController(InboxService inbox, TaskOperations operations, TimeSource time, TaskReassignment reassignment,
            BulkClaim bulkClaim) {
        this.inbox = inbox;
        this.bulkClaim = bulkClaim;
        this.reassignment = reassignment;
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
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        InboxFilter filter = new InboxFilter(bulletinId, issueId, department == null || department.isBlank() ? null : department,
                dueBefore == null ? null : dueBefore.plusDays(1).atStartOfDay(time.zone()).toInstant(), SearchTerms.of(q));
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

    record BulkClaimRequest(List<String> taskIds) {
    }

    /** 批量签收: each task as one claim; 200 with each task's own answer (200, or its 4xx and reason). */
    @PostMapping("/api/tasks/bulk-claim")
    List<BulkWork.Outcome> bulkClaim(CurrentUser user, @RequestBody BulkClaimRequest request) {
        return bulkClaim.claim(user, request.taskIds());
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

    record ReassignRequest(@jakarta.validation.constraints.NotBlank(message = "请选择改派给谁") String username,
            @jakarta.validation.constraints.NotBlank(message = "改派须填写原因")
            @jakarta.validation.constraints.Size(max = 500, message = "原因不超过 500 字") String reason) {
    }

    /** The system administrator reassigns an open task (改派) with a reason. */
    @PostMapping("/api/tasks/{taskId}/reassign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reassign(CurrentUser user, @PathVariable String taskId, @Valid @RequestBody ReassignRequest request) {
        reassignment.reassign(user, taskId, request.username(), request.reason());
    }

    /** Open tasks of the issue process for the system administrator, optionally one person's. */
    @org.springframework.web.bind.annotation.GetMapping("/api/admin/tasks")
    cn.scgov.bulletin.shared.PageResult<TaskReassignment.OpenTask> openTasks(CurrentUser user,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String assignee,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "50") int size) {
        return reassignment.openTasks(user, assignee, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    record OpinionRequest(@jakarta.validation.constraints.Size(max = 2000, message = "意见不超过 2000 字") String opinion) {
    }

    /** The delegate hands the task back to its owner with an opinion (归还); the owner completes it. */
    @PostMapping("/api/tasks/{taskId}/resolve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resolve(CurrentUser user, @PathVariable String taskId, @Valid @RequestBody OpinionRequest request) {
        operations.resolve(user, taskId, request.opinion());
    }
}
