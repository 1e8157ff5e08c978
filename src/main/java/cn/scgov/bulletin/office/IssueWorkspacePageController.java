package cn.scgov.bulletin.office;

import cn.scgov.bulletin.compilation.Compilation;
import cn.scgov.bulletin.compilation.CompilationService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.contribution.BulkAccept;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionReopening;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.contribution.ContributionStatus;
import cn.scgov.bulletin.contribution.ContributionViews;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.distribution.DistributionService;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.BulkWork;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.RefusalRedirect;
import cn.scgov.bulletin.signoff.SignoffService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An issue's workspace: where it stands, which departments have contributed, what the editor can
 * do next, the sign-off chain and, once distributed, who has acknowledged.
 */
@Controller
class IssueWorkspacePageController {

    private final IssueService issueService;
    private final Issues issues;
    private final ContributionService contributions;
    private final ContributionViews views;
    private final SignoffService signoff;
    private final DistributionService distribution;
    private final CompilationService compilationService;
    private final BulkAccept bulkAccept;
    private final ContributionReopening reopening;

    IssueWorkspacePageController(IssueService issueService, Issues issues, ContributionService contributions,
            ContributionViews views, SignoffService signoff, DistributionService distribution,
            CompilationService compilationService, BulkAccept bulkAccept, ContributionReopening reopening) {
        this.compilationService = compilationService;
        this.bulkAccept = bulkAccept;
        this.reopening = reopening;
        this.issueService = issueService;
        this.issues = issues;
        this.contributions = contributions;
        this.views = views;
        this.signoff = signoff;
        this.distribution = distribution;
    }

    /** How many departments are in one state, for the summary above the matrix. */
    record StatusCount(ContributionStatus status, long count) {
    }

    @GetMapping("/issues/{id}")
    String workspace(CurrentUser user, @PathVariable long id, Model model) {
        if (!IssueAccess.officeReader(user)) {
            throw new ForbiddenException("仅中心办公室、审核人和签发领导可查看期次概况");
        }
        Issue issue = issueService.issue(user, id);
        List<ContributionViews.Summary> matrix = views.summaries(id, contributions.ofIssue(user, id));
        Map<ContributionStatus, Long> counts = new LinkedHashMap<>();
        for (ContributionStatus status : ContributionStatus.values()) {
            counts.put(status, matrix.stream().filter(row -> row.status() == status).count());
        }
        List<StatusCount> summary = new ArrayList<>();
        counts.forEach((status, count) -> summary.add(new StatusCount(status, count)));
        List<SignoffService.Opinion> opinions = signoff.opinions(user, id);
        SignoffService.Opinion last = opinions.isEmpty() ? null : opinions.get(opinions.size() - 1);
        model.addAttribute("issue", issue);
        model.addAttribute("line", issues.issueLine(issue));
        model.addAttribute("matrix", matrix);
        model.addAttribute("summary", summary);
        model.addAttribute("overdue", matrix.stream().filter(row -> row.overdue() && row.status().drafting()).count());
        model.addAttribute("late", matrix.stream().filter(row -> row.status().drafting()).count());
        model.addAttribute("bulkAccept", user.has(Role.EDITOR)
                && matrix.stream().filter(row -> row.status() == ContributionStatus.SUBMITTED).count() > 1);
        model.addAttribute("chain", signoff.chain(user, id));
        model.addAttribute("returned", issue.status() == IssueStatus.COMPILING && last != null && last.returned() ? last : null);
        model.addAttribute("missing", issue.status() == IssueStatus.COMPILING
                ? CompilePage.missing(contentsOf(user, id)) : List.of());
        boolean delivered = issue.status() == IssueStatus.DISTRIBUTED;
        List<DistributionService.RecipientStatus> recipients = delivered ? distribution.recipients(user, id) : List.of();
        model.addAttribute("recipients", recipients);
        model.addAttribute("acknowledged", recipients.stream().filter(r -> r.acknowledgedAt() != null).count());
        return "compilation/workspace";
    }

    /** Reminds one late department (催办), or every department still holding the pen. */
    @PostMapping("/issues/{id}/urge")
    String urge(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long contributionId,
            @RequestParam(required = false) String message, RedirectAttributes redirect) {
        IssueAccess.requireEditor(user);
        List<Contribution> targets = contributions.ofIssue(user, id).stream()
                .filter(c -> contributionId == null ? c.status().drafting() : c.id() == contributionId).toList();
        Map<String, String> names = views.summaries(id, targets).stream().collect(java.util.stream.Collectors.toMap(
                ContributionViews.Summary::departmentCode, ContributionViews.Summary::departmentName));
        List<String> urged = new ArrayList<>();
        RefusalRedirect.to("/issues/" + id + "#matrix", ConflictException.class);
        for (Contribution contribution : targets) {
            contributions.urge(user, contribution.id(), message);
            urged.add(names.get(contribution.departmentCode()));
        }
        redirect.addFlashAttribute(urged.isEmpty() ? "flashError" : "flashSuccess",
                urged.isEmpty() ? "没有需要催办的部门" : "已催办：" + String.join("、", urged));
        return "redirect:/issues/" + id + "#matrix";
    }

    /** 批量采用 after the page's one confirmation: each picked contribution ("id:version") as one acceptance. */
    @PostMapping("/issues/{id}/bulk-accept")
    String bulkAccept(CurrentUser user, @PathVariable long id, @RequestParam(required = false) List<String> picked,
            RedirectAttributes redirect) {
        IssueAccess.requireEditor(user);
        List<BulkAccept.Selected> selected = new ArrayList<>();
        for (String pick : picked == null ? List.<String>of() : picked) {
            String[] parts = pick.split(":");
            if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,9}")) {
                throw new cn.scgov.bulletin.shared.InvalidInputException("所选稿件无效：" + pick);
            }
            selected.add(new BulkAccept.Selected(Long.valueOf(parts[0]), Integer.valueOf(parts[1])));
        }
        RefusalRedirect.to("/issues/" + id + "#matrix", cn.scgov.bulletin.shared.InvalidInputException.class);
        List<BulkWork.Outcome> outcomes = bulkAccept.accept(user, selected);
        Map<String, String> names = new java.util.HashMap<>();
        views.summaries(id, contributions.ofIssue(user, id)).forEach(row ->
                names.put(String.valueOf(row.id()), row.departmentName()));
        redirect.addFlashAttribute("bulkReport", BulkWork.Report.of(outcomes, key -> names.getOrDefault(key, key)));
        return "redirect:/issues/" + id + "#matrix";
    }

    /** 退回部门修改: the editor returns an accepted contribution to its department, with an opinion. */
    @PostMapping("/issues/{id}/contributions/{contributionId}/return-from-compilation")
    String returnFromCompilation(CurrentUser user, @PathVariable long id, @PathVariable long contributionId,
            @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        IssueAccess.requireEditor(user);
        if (contributions.contribution(user, contributionId).issueId() != id) {
            throw new NotFoundException("稿件不属于该期次");
        }
        RefusalRedirect.to("/issues/" + id + "#matrix", ConflictException.class, InvalidInputException.class);
        Contribution contribution = reopening.reopen(user, contributionId, null, opinion);
        String name = views.summaries(id, List.of(contribution)).get(0).departmentName();
        redirect.addFlashAttribute("flashSuccess", "已退回" + name + "修改：" + opinion.strip());
        return "redirect:/issues/" + id + "#matrix";
    }

    private Compilation contentsOf(CurrentUser user, long id) {
        return compilationService.compilation(user, id);
    }
}
