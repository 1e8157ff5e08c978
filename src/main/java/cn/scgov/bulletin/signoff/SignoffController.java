package cn.scgov.bulletin.signoff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.scgov.bulletin.directory.CurrentUser;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SignoffController {

    private final SignoffService service;
    private final SignoffWithdrawals withdrawals;
    private final SignerChanges signers;
    private final SignoffRulesService rules;
    private final SignoffUrges urges;

    SignoffController(SignoffService service, SignoffWithdrawals withdrawals, SignerChanges signers,
            SignoffRulesService rules, SignoffUrges urges) {
        this.service = service;
        this.urges = urges;
        this.signers = signers;
        this.rules = rules;
        this.withdrawals = withdrawals;
    }

    /**
     * {@code issueDate}: the issue date (成文日期), only from the last signer approving; omitted keeps the default.
     * {@code returnToStep}: with RETURN, the position of an earlier step to return to; omitted returns to compilation.
     */
    record DecisionRequest(@NotNull(message = "请选择同意或退回") SignoffService.Decision decision,
            @Size(max = 2000, message = "意见不超过 2000 字") String opinion, java.time.LocalDate issueDate,
            Integer returnToStep) {
    }

    /** {@code before}: true adds the signer before oneself (前加签), otherwise after (后加签). */
    record AddSignerRequest(@NotBlank(message = "请选择加签人") String username,
            @Size(max = 50, message = "步骤名称不超过 50 字") String stepName, Boolean before,
            @Size(max = 2000, message = "意见不超过 2000 字") String opinion) {
    }

    @GetMapping("/api/issues/{issueId}/signoff")
    SignoffService.Chain chain(CurrentUser user, @PathVariable long issueId) {
        return service.chain(user, issueId);
    }

    @PostMapping("/api/issues/{issueId}/signoff")
    SignoffService.Chain decide(CurrentUser user, @PathVariable long issueId, @Valid @RequestBody DecisionRequest request) {
        if (request.returnToStep() != null && request.decision() != SignoffService.Decision.RETURN) {
            throw cn.scgov.bulletin.shared.InvalidInputException.field("returnToStep", "只有退回时才能选择退回到的步骤");
        }
        service.decide(user, issueId, request.decision(), request.opinion(), request.issueDate(), request.returnToStep());
        return service.chain(user, issueId);
    }

    /** The approver of the step before the current one withdraws their approval (撤回), while the step is undecided. */
    @PostMapping("/api/issues/{issueId}/signoff/withdraw")
    SignoffService.Chain withdrawApproval(CurrentUser user, @PathVariable long issueId) {
        withdrawals.withdrawApproval(user, issueId);
        return service.chain(user, issueId);
    }

    /** An editor withdraws sending to sign-off (撤回送审) while the first step is undecided. */
    @PostMapping("/api/issues/{issueId}/signoff/withdraw-sending")
    SignoffService.Chain withdrawSending(CurrentUser user, @PathVariable long issueId) {
        withdrawals.withdrawSending(user, issueId);
        return service.chain(user, issueId);
    }

    @PostMapping("/api/issues/{issueId}/signoff/signers")
    SignoffService.Chain addSigner(CurrentUser user, @PathVariable long issueId, @Valid @RequestBody AddSignerRequest request) {
        signers.add(user, issueId, request.username(), request.stepName(), Boolean.TRUE.equals(request.before()),
                request.opinion());
        return service.chain(user, issueId);
    }

    /** Removes an added signer not reached yet (减签); {@code position} as the chain lists it. */
    @DeleteMapping("/api/issues/{issueId}/signoff/signers/{position}")
    SignoffService.Chain removeSigner(CurrentUser user, @PathVariable long issueId, @PathVariable int position) {
        signers.remove(user, issueId, position);
        return service.chain(user, issueId);
    }

    record UrgeRequest(@Size(max = 500, message = "催办内容不超过 500 字") String message) {
    }

    record Urged(java.util.List<String> usernames) {
    }

    /** An editor urges the approver(s) of the overdue sign-off step (409 while it is not overdue). */
    @PostMapping("/api/issues/{issueId}/signoff/urge")
    Urged urge(CurrentUser user, @PathVariable long issueId,
            @Valid @org.springframework.web.bind.annotation.RequestBody(required = false) UrgeRequest request) {
        return new Urged(urges.urge(user, issueId, request == null ? null : request.message()));
    }

    /** Who was urged on the issue's sign-off and when (the latest time per person, with a count). */
    @GetMapping("/api/issues/{issueId}/signoff/urges")
    java.util.Map<String, cn.scgov.bulletin.inbox.TaskUrges.Urge> urges(CurrentUser user, @PathVariable long issueId) {
        return urges.urged(user, issueId);
    }

    @GetMapping("/api/bulletins/{bulletinId}/signoff-rules")
    SignoffRules rules(CurrentUser user, @PathVariable long bulletinId) {
        return rules.rules(user, bulletinId);
    }

    @PutMapping("/api/bulletins/{bulletinId}/signoff-rules")
    SignoffRules updateRules(CurrentUser user, @PathVariable long bulletinId, @Valid @RequestBody SignoffRules request) {
        return rules.update(user, bulletinId, request);
    }
}
