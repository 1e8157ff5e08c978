package cn.scgov.bulletin.office;

import cn.scgov.bulletin.compilation.CompiledItemRevisions;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.issue.Issues;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 修改记录 of a compiled item: every text it has had and what changed between any two of them (by default the
 * last edit), insertions and deletions marked. Same readers and same diff as the API.
 */
@Controller
class ItemRevisionPageController {

    private final CompiledItemRevisions revisions;
    private final IssueService issueService;
    private final Issues issues;
    private final Directory directory;

    ItemRevisionPageController(CompiledItemRevisions revisions, IssueService issueService, Issues issues,
            Directory directory) {
        this.revisions = revisions;
        this.issueService = issueService;
        this.issues = issues;
        this.directory = directory;
    }

    @GetMapping("/issues/{id}/items/{itemId}/revisions")
    String page(CurrentUser user, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
        List<CompiledItemRevisions.ItemRevision> all = revisions.revisions(user, id, itemId);
        int last = all.get(all.size() - 1).revision();
        int shownTo = to == null ? last : to;
        int shownFrom = from == null ? Math.max(1, shownTo - 1) : from;
        var issue = issueService.issue(user, id);
        Map<String, String> authors = directory.displayNames(all.stream().map(CompiledItemRevisions.ItemRevision::author)
                .filter(Objects::nonNull).distinct().toList());
        model.addAttribute("issue", issue);
        model.addAttribute("line", issues.issueLine(issue));
        model.addAttribute("itemId", itemId);
        List<CompiledItemRevisions.ItemRevision> newestFirst = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("revisions", newestFirst);
        model.addAttribute("authors", authors);
        model.addAttribute("from", shownFrom);
        model.addAttribute("to", shownTo);
        model.addAttribute("diff", revisions.diff(user, id, itemId, shownFrom, shownTo));
        return "compilation/item-revisions";
    }
}
