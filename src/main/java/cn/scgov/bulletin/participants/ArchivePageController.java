package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.archive.ArchiveQuery;
import cn.scgov.bulletin.archive.ArchiveSearch;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.savedfilter.FilterKind;
import cn.scgov.bulletin.savedfilter.SavedFilters;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 检索: the archive search page with its filters, paged hits and the user's saved archive filters. */
@Controller
class ArchivePageController {

    private static final int PAGE_SIZE = 20;

    private final ArchiveSearch search;
    private final BulletinCatalog catalog;
    private final Directory directory;
    private final SavedFilters savedFilters;

    ArchivePageController(ArchiveSearch search, BulletinCatalog catalog, Directory directory, SavedFilters savedFilters) {
        this.search = search;
        this.catalog = catalog;
        this.directory = directory;
        this.savedFilters = savedFilters;
    }

    @GetMapping("/archive")
    String archive(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String bulletin, @RequestParam(required = false) String department,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String year, @RequestParam(defaultValue = "0") String page, Model model) {
        if (!IssueAccess.readsIssues(user)) {
            throw new ForbiddenException("无权检索已分发的期次");
        }
        ArchiveQuery query = new ArchiveQuery(q, bulletin, department, from, to, year, pageNumber(page));
        ArchiveQuery.Reading reading = query.read();
        model.addAttribute("query", query);
        model.addAttribute("errors", reading.errors());
        model.addAttribute("bulletins", catalog.bulletins());
        model.addAttribute("departments", directory.activeDepartments());
        model.addAttribute("savedFilters", savedFilters.list(user, FilterKind.ARCHIVE));
        // A search the archive refuses is the form with the reasons and no hits, as one the form itself refuses.
        RefusalRedraw.on(model, refusal -> {
            model.addAttribute("errors", RefusalRedraw.fieldErrors(refusal));
            return "archive/search";
        }, InvalidInputException.class).status(HttpStatus.OK);
        if (reading.filter() != null) {
            model.addAttribute("hits", search.search(user, reading.filter(), new PageRequest(query.page(), PAGE_SIZE)));
        }
        return "archive/search";
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
