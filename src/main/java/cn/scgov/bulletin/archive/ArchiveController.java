package cn.scgov.bulletin.archive;

import java.time.LocalDate;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.SearchTerms;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ArchiveController {

    private final ArchiveSearch search;

    ArchiveController(ArchiveSearch search) {
        this.search = search;
    }

    @GetMapping("/api/archive/search")
    ArchivePage search(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long bulletin, @RequestParam(required = false) String department,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return search.search(user, new ArchiveFilter(SearchTerms.of(q), bulletin, department, from, to, year),
                PageRequest.of(page, size, 20));
    }
}
