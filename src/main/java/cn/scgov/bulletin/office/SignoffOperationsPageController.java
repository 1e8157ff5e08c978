package cn.scgov.bulletin.office;

import cn.scgov.bulletin.signoff.SignerChanges;
import cn.scgov.bulletin.signoff.SignoffUrges;
import cn.scgov.bulletin.signoff.SignoffWithdrawals;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.RefusalRedirect;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-off page's withdraw buttons (撤回同意, 撤回送审); refusals come back as a message on the page. */
@Controller
class SignoffOperationsPageController {

    private final SignoffWithdrawals withdrawals;
    private final SignerChanges signers;
    private final SignoffUrges urges;

    SignoffOperationsPageController(SignoffWithdrawals withdrawals, SignerChanges signers, SignoffUrges urges) {
        this.withdrawals = withdrawals;
        this.signers = signers;
        this.urges = urges;
    }

    @PostMapping("/issues/{id}/signoff/urge")
    String urge(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return run(id, redirect, () -> urges.urge(user, id, null), "已催办审签");
    }

    @PostMapping("/issues/{id}/signoff/signers/{position}/remove")
    String removeSigner(CurrentUser user, @PathVariable long id, @PathVariable int position, RedirectAttributes redirect) {
        return run(id, redirect, () -> signers.remove(user, id, position), "已减签");
    }

    @PostMapping("/issues/{id}/signoff/withdraw")
    String withdrawApproval(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return run(id, redirect, () -> withdrawals.withdrawApproval(user, id), "已撤回您的同意，该步骤重新由您审签");
    }

    @PostMapping("/issues/{id}/signoff/withdraw-sending")
    String withdrawSending(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        RefusalRedirect.to("/issues/" + id + "/signoff", ConflictException.class);
        withdrawals.withdrawSending(user, id);
        redirect.addFlashAttribute("flashSuccess", "已撤回送审，期次回到汇编");
        return "redirect:/issues/" + id + "/compile";
    }

    private static String run(long id, RedirectAttributes redirect, Runnable action, String success) {
        RefusalRedirect.to("/issues/" + id + "/signoff", ConflictException.class, cn.scgov.bulletin.shared.NotFoundException.class);
        action.run();
        redirect.addFlashAttribute("flashSuccess", success);
        return "redirect:/issues/" + id + "/signoff";
    }
}
