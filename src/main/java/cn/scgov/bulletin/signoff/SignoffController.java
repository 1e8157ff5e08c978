package cn.scgov.bulletin.signoff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.scgov.bulletin.directory.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SignoffController {

    private final SignoffService service;

    SignoffController(SignoffService service) {
        this.service = service;
    }

    /** {@code issueDate}: the issue date (成文日期), only from the last signer approving; omitted keeps the default. */
    record DecisionRequest(@NotNull(message = "请选择同意或退回") SignoffService.Decision decision,
            @Size(max = 2000, message = "意见不超过 2000 字") String opinion, java.time.LocalDate issueDate) {
    }

    record AddSignerRequest(@NotBlank(message = "请选择加签人") String username,
            @Size(max = 50, message = "步骤名称不超过 50 字") String stepName) {
    }

    @GetMapping("/api/issues/{issueId}/signoff")
    SignoffService.Chain chain(CurrentUser user, @PathVariable long issueId) {
        return service.chain(user, issueId);
    }

    @PostMapping("/api/issues/{issueId}/signoff")
    SignoffService.Chain decide(CurrentUser user, @PathVariable long issueId, @Valid @RequestBody DecisionRequest request) {
        service.decide(user, issueId, request.decision(), request.opinion(), request.issueDate());
        return service.chain(user, issueId);
    }

    @PostMapping("/api/issues/{issueId}/signoff/signers")
    SignoffService.Chain addSigner(CurrentUser user, @PathVariable long issueId, @Valid @RequestBody AddSignerRequest request) {
        return service.addSigner(user, issueId, request.username(), request.stepName());
    }
}
