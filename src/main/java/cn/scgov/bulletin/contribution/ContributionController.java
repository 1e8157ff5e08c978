package cn.scgov.bulletin.contribution;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.scgov.bulletin.directory.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContributionController {

    private final ContributionService service;
    private final ContributionViews views;
    private final RevisionDiffs diffs;
    private final ContributionReopening reopening;

    private final BulkAccept bulkAccept;

    ContributionController(ContributionService service, ContributionViews views, RevisionDiffs diffs,
            BulkAccept bulkAccept, ContributionReopening reopening) {
        this.reopening = reopening;
        this.service = service;
        this.bulkAccept = bulkAccept;
        this.views = views;
        this.diffs = diffs;
    }

    record ItemRequest(@NotNull(message = "请选择栏目") Long sectionId,
            @NotNull(message = "条目内容不能为空") @Size(max = ContributionService.MAX_ITEM_LENGTH, message = "每条不超过 20000 字") String text) {
    }

    record DraftRequest(@NotNull(message = "缺少版本号") Integer version,
            @Size(max = ContributionService.MAX_ITEMS, message = "条目不超过 100 条") List<@NotNull(message = "条目不能为空") @Valid ItemRequest> items) {

        List<ContributionService.DraftItem> draftItems() {
            return items == null ? null : items.stream()
                    .map(item -> new ContributionService.DraftItem(item.sectionId(), item.text())).toList();
        }
    }

    record VersionRequest(@NotNull(message = "缺少版本号") Integer version) {
    }

    record ReviewRequest(@NotNull(message = "缺少版本号") Integer version,
            @NotNull(message = "请选择采用或退回") ContributionService.ReviewDecision decision,
            @Size(max = 2000, message = "意见不超过 2000 字") String reason) {
    }

    record ReopenRequest(Integer version, @Size(max = 2000, message = "意见不超过 2000 字") String opinion) {
    }

    record UrgeRequest(@Size(max = 500, message = "催办内容不超过 500 字") String message) {
    }

    @GetMapping("/api/issues/{issueId}/contributions")
    List<ContributionViews.Summary> ofIssue(CurrentUser user, @PathVariable long issueId) {
        return views.summaries(issueId, service.ofIssue(user, issueId));
    }

    @GetMapping("/api/issues/{issueId}/contributions/mine")
    ContributionViews.Detail mine(CurrentUser user, @PathVariable long issueId) {
        return views.detail(service.mine(user, issueId));
    }

    @GetMapping("/api/contributions/{id}")
    ContributionViews.Detail contribution(CurrentUser user, @PathVariable long id) {
        return views.detail(service.contribution(user, id));
    }

    @GetMapping("/api/contributions/{id}/revisions")
    List<ContributionRevision> revisions(CurrentUser user, @PathVariable long id) {
        return service.revisions(user, id);
    }

    @GetMapping("/api/contributions/{id}/revisions/{from}/diff/{to}")
    RevisionDiffs.RevisionDiff revisionDiff(CurrentUser user, @PathVariable long id, @PathVariable int from,
            @PathVariable int to) {
        return diffs.between(user, id, from, to);
    }

    @PutMapping("/api/contributions/{id}/items")
    ContributionViews.Detail save(CurrentUser user, @PathVariable long id, @Valid @RequestBody DraftRequest request) {
        List<ContributionService.DraftItem> items = request.draftItems();
        return views.afterChange(() -> service.save(user, id, request.version(), items == null ? List.of() : items));
    }

    @PostMapping("/api/contributions/{id}/submit")
    ContributionViews.Detail submit(CurrentUser user, @PathVariable long id, @Valid @RequestBody DraftRequest request) {
        return views.afterChange(() -> service.submit(user, id, request.version(), request.draftItems()));
    }

    @PostMapping("/api/contributions/{id}/nothing-to-report")
    ContributionViews.Detail nothingToReport(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest request) {
        return views.afterChange(() -> service.nothingToReport(user, id, request.version()));
    }

    @PostMapping("/api/contributions/{id}/withdraw")
    ContributionViews.Detail withdraw(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest request) {
        return views.afterChange(() -> service.withdraw(user, id, request.version()));
    }

    @PostMapping("/api/contributions/{id}/review")
    ContributionViews.Detail review(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReviewRequest request) {
        return views.afterChange(() -> service.review(user, id, request.version(), request.decision(), request.reason()));
    }

    record BulkAcceptRequest(List<BulkAccept.Selected> contributions) {
    }

    /** 批量采用: each contribution as one review with ACCEPT; 200 with each one's own answer. */
    @PostMapping("/api/contributions/bulk-accept")
    List<cn.scgov.bulletin.shared.BulkWork.Outcome> bulkAccept(CurrentUser user, @RequestBody BulkAcceptRequest request) {
        return bulkAccept.accept(user, request.contributions());
    }

    @PostMapping("/api/contributions/{id}/return-from-compilation")
    ContributionViews.Detail returnFromCompilation(CurrentUser user, @PathVariable long id,
            @Valid @RequestBody ReopenRequest request) {
        return views.afterChange(() -> reopening.reopen(user, id, request.version(), request.opinion()));
    }

    @PostMapping("/api/contributions/{id}/urge")
    ContributionViews.Detail urge(CurrentUser user, @PathVariable long id, @Valid @RequestBody(required = false) UrgeRequest request) {
        return views.afterChange(() -> service.urge(user, id, request == null ? null : request.message()));
    }
}
