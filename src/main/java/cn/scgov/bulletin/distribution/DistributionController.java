package cn.scgov.bulletin.distribution;

import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DistributionController {

    private final DistributionService service;
    private final RecipientUrges urges;

    private final BulkAcknowledge bulkAcknowledge;

    DistributionController(DistributionService service, RecipientUrges urges, BulkAcknowledge bulkAcknowledge) {
        this.service = service;
        this.bulkAcknowledge = bulkAcknowledge;
        this.urges = urges;
    }

    record UrgeRequest(List<String> usernames,
            @jakarta.validation.constraints.Size(max = 500, message = "催办内容不超过 500 字") String message) {
    }

    record Urged(List<String> usernames) {
    }

    /** An editor urges the recipients who have not acknowledged (all, or the ones named). */
    @PostMapping("/api/issues/{issueId}/recipients/urge")
    Urged urgeRecipients(CurrentUser user, @PathVariable long issueId,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody(required = false) UrgeRequest request) {
        return new Urged(urges.urge(user, issueId, request == null ? null : request.usernames(),
                request == null ? null : request.message()));
    }

    @GetMapping("/api/deliveries")
    PageResult<DistributionService.Received> received(CurrentUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return service.received(user, PageRequest.of(page, size, 20));
    }

    @PostMapping("/api/issues/{issueId}/acknowledge")
    Delivery acknowledge(CurrentUser user, @PathVariable long issueId) {
        return service.acknowledge(user, issueId);
    }

    record BulkAcknowledgeRequest(List<Long> issueIds) {
    }

    /** 批量签收 of received issues: each as one acknowledgement; 200 with each issue's own answer. */
    @PostMapping("/api/deliveries/bulk-acknowledge")
    List<cn.scgov.bulletin.shared.BulkWork.Outcome> bulkAcknowledge(CurrentUser user,
            @org.springframework.web.bind.annotation.RequestBody BulkAcknowledgeRequest request) {
        return bulkAcknowledge.acknowledge(user, request.issueIds());
    }

    @GetMapping("/api/issues/{issueId}/recipients")
    List<DistributionService.RecipientStatus> recipients(CurrentUser user, @PathVariable long issueId) {
        return service.recipients(user, issueId);
    }
}
