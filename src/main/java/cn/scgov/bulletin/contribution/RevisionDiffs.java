package cn.scgov.bulletin.contribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.TextDiff;

import org.springframework.stereotype.Component;

/**
 * What changed between two submitted revisions of a contribution. A revision is read as one text, section
 * by section in the issue's order (【栏目】 then its items, one a line), so that moving an item to another
 * section shows as a deletion there and an insertion here.
 */
@Component
public class RevisionDiffs {

    public record RevisionDiff(int from, int to, boolean changed, List<TextDiff.Segment> segments) {
    }

    private final ContributionService service;
    private final Issues issues;

    RevisionDiffs(ContributionService service, Issues issues) {
        this.service = service;
        this.issues = issues;
    }

    /** Revision {@code from} against revision {@code to}; 404 when either does not exist. */
    RevisionDiff between(CurrentUser user, long contributionId, int from, int to) {
        Contribution contribution = service.contribution(user, contributionId);
        List<ContributionRevision> revisions = service.revisions(user, contributionId);
        Map<Long, String> titles = titles(contribution.issueId());
        return diff(titles, find(revisions, from), find(revisions, to));
    }

    /** Each revision after the first against the one before it, keyed by the later revision's number. */
    public Map<Integer, RevisionDiff> successive(long issueId, List<ContributionRevision> revisions) {
        Map<Long, String> titles = titles(issueId);
        Map<Integer, RevisionDiff> diffs = new LinkedHashMap<>();
        for (int r = 1; r < revisions.size(); r++) {
            diffs.put(revisions.get(r).revision(), diff(titles, revisions.get(r - 1), revisions.get(r)));
        }
        return diffs;
    }

    static String text(Map<Long, String> titles, ContributionRevision revision) {
        StringBuilder text = new StringBuilder();
        titles.forEach((sectionId, title) -> {
            List<String> items = revision.items().stream().filter(item -> item.sectionId() == sectionId)
                    .map(ContributionRevision.RevisionItem::text).toList();
            if (!items.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append('【').append(title).append('】');
                items.forEach(item -> text.append('\n').append(item));
            }
        });
        return text.toString();
    }

    private static RevisionDiff diff(Map<Long, String> titles, ContributionRevision from, ContributionRevision to) {
        List<TextDiff.Segment> segments = TextDiff.between(text(titles, from), text(titles, to));
        return new RevisionDiff(from.revision(), to.revision(), TextDiff.changed(segments), segments);
    }

    private Map<Long, String> titles(long issueId) {
        return issues.outline(issueId).sections().stream()
                .collect(Collectors.toMap(s -> s.id(), s -> s.title(), (a, b) -> a, LinkedHashMap::new));
    }

    private static ContributionRevision find(List<ContributionRevision> revisions, int number) {
        return revisions.stream().filter(revision -> revision.revision() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("没有第 " + number + " 次报送"));
    }
}
