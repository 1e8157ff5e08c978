package cn.scgov.bulletin.office;

import cn.scgov.bulletin.signoff.SignerChanges;
import cn.scgov.bulletin.signoff.SignoffService;
import cn.scgov.bulletin.signoff.SignoffUrges;
import cn.scgov.bulletin.signoff.SignoffWithdrawals;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approvers' sign-off page: the issue as it will be printed, the chain and where it stands, the
 * opinions so far, and (for the approver whose turn it is) approve, return or add a signer.
 * Editors and auditors see the same page read-only, and so do people the issue was copied to (抄送), whose
 * copy is read once they open it. Editors and approvers in the chain copy the issue from here.
 */
@Controller
class SignoffPageController {

    private final SignoffService service;
    private final Issues issues;
    private final Directory directory;
    private final SignoffWithdrawals withdrawals;
    private final SignerChanges signerChanges;
    private final SignoffUrges urges;
    private final cn.scgov.bulletin.issue.IssueDates dates;
    private final cn.scgov.bulletin.issue.IssueAccess access;
    private final cn.scgov.bulletin.inbox.IssueCopies copies;

    SignoffPageController(SignoffService service, Issues issues, Directory directory,
            SignoffWithdrawals withdrawals, SignerChanges signerChanges, SignoffUrges urges,
            cn.scgov.bulletin.issue.IssueDates dates, cn.scgov.bulletin.issue.IssueAccess access,
            cn.scgov.bulletin.inbox.IssueCopies copies) {
        this.access = access;
        this.copies = copies;
        this.service = service;
        this.urges = urges;
        this.signerChanges = signerChanges;
        this.withdrawals = withdrawals;
        this.dates = dates;
        this.issues = issues;
        this.directory = directory;
    }

    /** A user who can be added as a signer. */
    record Signer(String username, String displayName, Role role) {
    }

    @GetMapping("/issues/{id}/signoff")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        fill(user, id, model, null, null, null, null);
        // Opening the issue is what reading a copy of it (抄送) means.
        copies.opened(user, id);
        return "signoff/signoff";
    }

    @PostMapping("/issues/{id}/signoff")
    String decide(CurrentUser user, @PathVariable long id, @RequestParam(required = false) SignoffService.Decision decision,
            @RequestParam(defaultValue = "") String opinion, @RequestParam(defaultValue = "") String issueDate,
            @RequestParam(defaultValue = "") String returnTo, @RequestParam(defaultValue = "false") boolean confirmed,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("issueDate", issueDate);
        RefusalRedraw.on(model, refusal -> {
            Map<String, String> fields = RefusalRedraw.fieldErrors(refusal);
            fill(user, id, model, opinion, fields.containsKey("issueDate") ? null
                    : fields.getOrDefault("opinion", refusal.getMessage()), null, null);
            model.addAttribute("issueDateError", fields.get("issueDate"));
            return "signoff/signoff";
        }, InvalidInputException.class, ConflictException.class);
        if (decision == null) {
            throw InvalidInputException.field("decision", "请选择同意或退回");
        }
        if (opinion.length() > 2000) {
            throw InvalidInputException.field("opinion", "意见不超过 2000 字");
        }
        java.time.LocalDate date = null;
        if (!issueDate.isBlank() && decision == SignoffService.Decision.APPROVE) {
            try {
                date = java.time.LocalDate.parse(issueDate.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw InvalidInputException.field("issueDate", "日期格式应为 2025-01-10");
            }
        }
        Integer returnToStep = null;
        if (decision == SignoffService.Decision.RETURN && !returnTo.isBlank()) {
            try {
                returnToStep = Integer.valueOf(returnTo.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.field("opinion", "请选择退回到的步骤");
            }
        }
        SignoffService.Chain chain = service.chain(user, id);
        boolean finalStep = decision == SignoffService.Decision.APPROVE && chain.currentIndex() >= 0
                && chain.currentIndex() == chain.steps().size() - 1 && service.canDecide(user, id);
        // Numbering and freezing cannot be undone: the last approval is confirmed on a page of its own first.
        if (finalStep && !confirmed) {
            java.time.LocalDate fixed = dates.dateAtSignoff(id, date);
            fill(user, id, model, opinion, null, null, null);
            model.addAttribute("confirmDate", cn.scgov.bulletin.issue.IssueFormats.date(fixed));
            model.addAttribute("confirmFinal", true);
            return "signoff/signoff";
        }
        service.decide(user, id, decision, opinion.isBlank() ? null : opinion, date, returnToStep);
        if (returnToStep != null) {
            redirect.addFlashAttribute("flashSuccess", "已退回至前序审签步骤，意见已记录");
            return "redirect:/issues/" + id + "/signoff";
        }
        redirect.addFlashAttribute("flashSuccess", decision == SignoffService.Decision.APPROVE
                ? (finalStep ? "已签发" : "已同意") + (opinion.isBlank() ? "" : "，意见已记录") : "已退回编辑修改，意见已记录");
        redirect.addFlashAttribute("justSignedOff", finalStep);
        return "redirect:/issues/" + id + "/signoff";
    }

    /**
     * Polled by the page while the signed-off issue is being numbered and frozen (an engine job): 204 while
     * it is not done, then htmx is told to reload the page, which shows the numbered, final documents.
     */
    @GetMapping("/issues/{id}/signoff/state")
    org.springframework.http.ResponseEntity<Void> state(CurrentUser user, @PathVariable long id) {
        Issue issue = access.readable(user, id, cn.scgov.bulletin.issue.IssueAccess.Part.SIGNOFF);
        if (!issue.numbered() && issue.status() != cn.scgov.bulletin.issue.IssueStatus.CANCELLED) {
            return org.springframework.http.ResponseEntity.noContent().build();
        }
        return org.springframework.http.ResponseEntity.ok().header("HX-Refresh", "true").build();
    }

    @PostMapping("/issues/{id}/signoff/signers")
    String addSigner(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String stepName, @RequestParam(defaultValue = "after") String where,
            Model model, RedirectAttributes redirect) {
        RefusalRedraw.on(model, refusal -> {
            fill(user, id, model, null, null, stepName, refusal.getMessage());
            return "signoff/signoff";
        }, InvalidInputException.class, ConflictException.class);
        if (username.isBlank()) {
            throw InvalidInputException.field("username", "请选择加签人");
        }
        if (stepName.length() > 50) {
            throw InvalidInputException.field("stepName", "步骤名称不超过 50 字");
        }
        signerChanges.add(user, id, username, stepName, "before".equals(where), null);
        redirect.addFlashAttribute("flashSuccess", "已加签："
                + directory.user(username).map(account -> account.displayName()).orElse(username)
                + ("before".equals(where) ? "将先审签，之后回到您" : "将在您之后审签"));
        return "redirect:/issues/" + id + "/signoff";
    }

    private void fill(CurrentUser user, long id, Model model, String opinion, String opinionError, String stepName,
            String signerError) {
        // The office, and people the issue was copied to (抄送), read the sign-off read-only (issue.IssueAccess).
        Issue issue = access.readable(user, id, cn.scgov.bulletin.issue.IssueAccess.Part.SIGNOFF);
        boolean signedOff = issue.status() == cn.scgov.bulletin.issue.IssueStatus.SIGNED_OFF
                || issue.status() == cn.scgov.bulletin.issue.IssueStatus.DISTRIBUTED;
        boolean justSignedOff = Boolean.TRUE.equals(model.getAttribute("justSignedOff"));
        model.addAttribute("finalizing", (signedOff || justSignedOff) && !issue.numbered());
        boolean canDecide = service.canDecide(user, id);
        model.addAttribute("issue", issue);
        model.addAttribute("line", issues.issueLine(issue));
        SignoffService.Chain chain = service.chain(user, id);
        List<String> people = new java.util.ArrayList<>();
        chain.steps().forEach(step -> {
            people.add(step.assignee());
            people.add(step.addedBy());
        });
        people.add(chain.taskAssignee());
        var urged = urges.urged(user, id);
        people.addAll(urged.keySet());
        model.addAttribute("chain", chain);
        model.addAttribute("names", directory.displayNames(people.stream().filter(java.util.Objects::nonNull).distinct().toList()));
        model.addAttribute("opinions", service.opinions(user, id));
        model.addAttribute("canDecide", canDecide);
        model.addAttribute("canWithdrawApproval", withdrawals.canWithdrawApproval(user, id));
        model.addAttribute("canWithdrawSending", withdrawals.canWithdrawSending(user, id));
        model.addAttribute("urged", urged);
        java.time.Instant due = urges.currentDue(user, id);
        model.addAttribute("stepDue", due);
        model.addAttribute("stepOverdue", urges.overdue(due));
        model.addAttribute("signers", canDecide ? signers(user) : List.of());
        model.addAttribute("opinion", opinion);
        model.addAttribute("opinionError", opinionError);
        model.addAttribute("stepName", stepName);
        model.addAttribute("signerError", signerError);
        boolean office = cn.scgov.bulletin.issue.IssueAccess.officeReader(user);
        boolean canCopy = copies.canCopy(user, issue);
        model.addAttribute("canCopy", canCopy);
        model.addAttribute("copyCandidates", canCopy ? copies.candidates(user, id) : List.of());
        model.addAttribute("copies", office ? copies.copies(user, id) : List.of());
        model.addAttribute("lastStep", chain.currentIndex() >= 0 && chain.currentIndex() == chain.steps().size() - 1);
    }

    private List<Signer> signers(CurrentUser user) {
        List<String> usernames = directory.usernamesWith(Role.APPROVERS, null);
        Map<String, String> names = directory.displayNames(usernames);
        return usernames.stream().filter(name -> !name.equals(user.username()))
                .map(name -> directory.user(name).map(account -> new Signer(name, names.getOrDefault(name, name),
                        account.roles().contains(Role.LEADER) ? Role.LEADER : Role.REVIEWER)).orElse(null))
                .filter(java.util.Objects::nonNull).sorted(Comparator.comparing(Signer::username)).toList();
    }
}
