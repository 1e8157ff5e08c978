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

    DistributionController(DistributionService service) {
        this.service = service;
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

    @GetMapping("/api/issues/{issueId}/recipients")
    List<DistributionService.RecipientStatus> recipients(CurrentUser user, @PathVariable long issueId) {
        return service.recipients(user, issueId);
    }
}
