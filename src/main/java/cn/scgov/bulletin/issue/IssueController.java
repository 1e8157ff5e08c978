package cn.scgov.bulletin.issue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
class IssueController {

    private final IssueService service;
    private final IssueDates dates;
    private final Issues issues;
    private final IssueAccess access;
    private final IssueViewMapper mapper;

    IssueController(IssueService service, IssueDates dates, Issues issues, IssueAccess access, IssueViewMapper mapper) {
        this.service = service;
        this.dates = dates;
        this.issues = issues;
        this.access = access;
        this.mapper = mapper;
    }

    record OpenIssueRequest(@NotNull(message = "请选择刊物") Long bulletinId,
            @NotNull(message = "请填写开始日期") LocalDate periodStart,
            @NotNull(message = "请填写结束日期") LocalDate periodEnd,
            @NotNull(message = "请填写报送截止时间") LocalDateTime deadline, Boolean confirm) {
    }

    record CancelRequest(@NotBlank(message = "请填写作废原因") @Size(max = 500, message = "作废原因不超过 500 字") String reason) {
    }

    record PrintCopiesRequest(@NotNull(message = "请填写印数") @Min(value = 0, message = "印数不能为负（0 表示不印印数行）")
            @Max(value = 100000, message = "印数不超过 100000") Integer copies,
            @NotNull(message = "缺少版本号") Integer version) {
    }

    record PeriodLineRequest(@NotNull(message = "请说明是否印时段行") Boolean printed,
            @NotNull(message = "缺少版本号") Integer version) {
    }

    /** {@code issueDate} null: the sign-off day. */
    record IssueDateRequest(LocalDate issueDate, @NotNull(message = "缺少版本号") Integer version) {
    }

    @PostMapping("/api/issues")
    @ResponseStatus(HttpStatus.CREATED)
    IssueView open(CurrentUser user, @Valid @RequestBody OpenIssueRequest request) {
        return view(service.open(user, new IssueService.OpenIssue(request.bulletinId(), request.periodStart(),
                request.periodEnd(), request.deadline(), Boolean.TRUE.equals(request.confirm()), null)));
    }

    @GetMapping("/api/issues")
    PageResult<IssueView> issues(CurrentUser user, @RequestParam(required = false) Long bulletinId,
            @RequestParam(required = false) IssueStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return service.issues(user, bulletinId, status, PageRequest.of(page, size, 20)).map(this::view);
    }

    @GetMapping("/api/issues/{id}")
    IssueView issue(CurrentUser user, @PathVariable long id) {
        return view(service.issue(user, id));
    }

    @GetMapping("/api/issues/{id}/outline")
    List<IssueSection> outline(CurrentUser user, @PathVariable long id) {
        access.readable(user, id);
        return issues.outline(id).sections();
    }

    @GetMapping("/api/issues/{id}/colophon")
    List<ColophonLine> colophon(CurrentUser user, @PathVariable long id) {
        access.readable(user, id);
        return issues.colophon(id);
    }

    @PostMapping("/api/issues/{id}/close-collection")
    IssueView closeCollection(CurrentUser user, @PathVariable long id) {
        return view(service.closeCollection(user, id));
    }

    @PostMapping("/api/issues/{id}/cancel")
    IssueView cancel(CurrentUser user, @PathVariable long id, @Valid @RequestBody CancelRequest request) {
        return view(service.cancel(user, id, request.reason().strip()));
    }

    @PutMapping("/api/issues/{id}/print-copies")
    IssueView printCopies(CurrentUser user, @PathVariable long id, @Valid @RequestBody PrintCopiesRequest request) {
        return view(service.setPrintCopies(user, id, request.copies(), request.version()));
    }

    @PutMapping("/api/issues/{id}/period-line")
    IssueView periodLine(CurrentUser user, @PathVariable long id, @Valid @RequestBody PeriodLineRequest request) {
        return view(service.setPeriodLine(user, id, request.printed(), request.version()));
    }

    @PutMapping("/api/issues/{id}/issue-date")
    IssueView issueDate(CurrentUser user, @PathVariable long id, @Valid @RequestBody IssueDateRequest request) {
        return view(dates.setByEditor(user, id, request.issueDate(), request.version()));
    }

    @GetMapping("/api/bulletins/{bulletinId}/next-issue")
    IssueService.NextIssueProposal nextIssue(CurrentUser user, @PathVariable long bulletinId) {
        return service.proposeNext(user, bulletinId);
    }

    private IssueView view(Issue issue) {
        return mapper.toView(issue, issues.issueLine(issue));
    }
}
