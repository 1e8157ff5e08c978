package cn.scgov.bulletin.office;

import cn.scgov.bulletin.compilation.CompilationService;
import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.signoff.SignoffService;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the compile page's model, whole or for one section (htmx). */
@Component
class CompilePageModel {

    private final CompilationService service;
    private final Issues issues;
    private final Directory directory;
    private final SignoffService signoff;

    CompilePageModel(CompilationService service, Issues issues, Directory directory, SignoffService signoff) {
        this.service = service;
        this.issues = issues;
        this.directory = directory;
        this.signoff = signoff;
    }

    CompilePage page(CurrentUser user, long issueId) {
        return CompilePage.of(service.compilation(user, issueId), directory.departmentNames());
    }

    void full(CurrentUser user, long issueId, CompileFormState state, Model model) {
        CompilePage page = page(user, issueId);
        common(user, page, state, model);
        model.addAttribute("sections", page.sections());
        model.addAttribute("colophon", issues.colophon(issueId));
        Issue issue = page.compilation().issue();
        model.addAttribute("periodLine", IssueFormats.periodLine(issue.periodStart(), issue.periodEnd()));
        model.addAttribute("returned", lastReturn(user, page.compilation().issue()));
    }

    void section(CurrentUser user, long issueId, long sectionId, CompileFormState state, Model model) {
        CompilePage page = page(user, issueId);
        common(user, page, state, model);
        model.addAttribute("s", page.section(sectionId));
    }

    private void common(CurrentUser user, CompilePage page, CompileFormState state, Model model) {
        Issue issue = page.compilation().issue();
        model.addAttribute("issue", issue);
        model.addAttribute("line", issues.issueLine(issue));
        model.addAttribute("missing", page.missing());
        model.addAttribute("state", state);
        model.addAttribute("editable", user.has(Role.EDITOR)
                && (issue.status() == IssueStatus.COLLECTING || issue.status() == IssueStatus.COMPILING));
    }

    /** The opinion the issue came back with, while the editor is recompiling it. */
    private SignoffService.Opinion lastReturn(CurrentUser user, Issue issue) {
        if (issue.status() != IssueStatus.COMPILING) {
            return null;
        }
        List<SignoffService.Opinion> opinions = signoff.opinions(user, issue.id());
        if (opinions.isEmpty()) {
            return null;
        }
        SignoffService.Opinion last = opinions.get(opinions.size() - 1);
        return last.returned() ? last : null;
    }
}
