package cn.scgov.bulletin.contribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.shared.BulkWork;
import cn.scgov.bulletin.shared.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * 批量采用: each contribution accepted exactly as one review with ACCEPT ({@link ContributionService#review}),
 * in its own transaction, at the version the editor saw (a contribution changed since is that item's 409).
 */
@Service
public class BulkAccept {

    private final ContributionService service;
    private final BulkWork bulk;

    BulkAccept(ContributionService service, BulkWork bulk) {
        this.service = service;
        this.bulk = bulk;
    }

    /** A contribution and the version the editor read. */
    public record Selected(Long id, Integer version) {
    }

    public List<BulkWork.Outcome> accept(CurrentUser user, List<Selected> selected) {
        IssueAccess.requireEditor(user);
        Map<Long, Integer> versions = new LinkedHashMap<>();
        if (selected != null) {
            for (Selected s : selected) {
                if (s == null || s.id() == null || s.version() == null) {
                    throw InvalidInputException.field("contributions", "每份稿件须给出编号（id）和版本号（version）");
                }
                versions.putIfAbsent(s.id(), s.version());
            }
        }
        return bulk.each(user.username(), "/api/contributions/{id}/review", selected == null ? null
                : selected.stream().map(Selected::id).toList(),
                id -> service.review(user, id, versions.get(id), ContributionService.ReviewDecision.ACCEPT, null));
    }
}
