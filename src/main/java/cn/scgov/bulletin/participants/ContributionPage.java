package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionRevision;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.contribution.ContributionStatus;
import cn.scgov.bulletin.contribution.ContributionViews;
import cn.scgov.bulletin.contribution.RevisionDiffs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Assembles the contribution page for the caller: what the department wrote, and what this caller
 * may do with it now (draft, withdraw, review, urge, or only read). The services decide; the page
 * offers only what they would accept.
 */
@Component
class ContributionPage {

    static final String VIEW = "contribution/contribution";

    private final ContributionService service;
    private final ContributionViews views;
    private final Issues issues;
    private final Directory directory;
    private final RevisionDiffs diffs;

    ContributionPage(ContributionService service, ContributionViews views, Issues issues, Directory directory,
            RevisionDiffs diffs) {
        this.service = service;
        this.views = views;
        this.issues = issues;
        this.directory = directory;
        this.diffs = diffs;
    }

    /** What the caller may do, given the contribution's state and task. */
    record Abilities(boolean edit, boolean withdraw, boolean review, boolean urge, String heldBy) {
    }

    record EditorItem(int index, String text, String error, boolean first, boolean last) {
    }

    record EditorSection(long sectionId, String title, List<EditorItem> items) {
    }

    record RevisionSection(String title, List<String> texts) {
    }

    /** One submission; {@code diff} is what changed since the one before (null for the first). */
    record RevisionView(int revision, String author, Instant createdAt, int itemCount, List<RevisionSection> sections,
            RevisionDiffs.RevisionDiff diff) {
    }

    /** The page for a contribution just read through the service (which checked the caller may see it). */
    String render(Model model, CurrentUser user, Contribution contribution, DraftForm form, Map<String, String> itemErrors) {
        ContributionViews.Detail detail = views.detail(contribution);
        Issue issue = issues.require(detail.issueId());
        Abilities abilities = abilities(user, detail, issue);
        DraftForm shown = form == null ? DraftForm.of(detail) : form;
        shown.normalise(sectionOrder(detail));
        model.addAttribute("detail", detail);
        model.addAttribute("issue", issue);
        model.addAttribute("can", abilities);
        model.addAttribute("names", names(detail, abilities));
        model.addAttribute("version", detail.version());
        // The version the draft form was rendered from travels with it, so a concurrent change surfaces on save.
        model.addAttribute("formVersion", shown.getVersion() == null ? detail.version() : shown.getVersion());
        model.addAttribute("editor", abilities.edit() ? editor(detail, shown, itemErrors) : List.of());
        model.addAttribute("revisions", revisions(user, detail));
        reviewNavigation(model, user, detail);
        if (form != null && !abilities.edit()) {
            // The user's text could not be kept in an editable form (the contribution moved on): show it to copy.
            model.addAttribute("unsaved", shown.posted().stream().map(p -> p.item().text()).toList());
        }
        return VIEW;
    }

    /**
     * The office's way back to the issue, and for editors on to the next contribution of the same issue awaiting
     * review (the next one in the issue's order after this one, else the first).
     */
    private void reviewNavigation(Model model, CurrentUser user, ContributionViews.Detail detail) {
        boolean office = cn.scgov.bulletin.issue.IssueAccess.officeReader(user);
        model.addAttribute("issueHref", office ? "/issues/" + detail.issueId() : null);
        List<Contribution> waiting = !user.has(Role.EDITOR) ? List.of() : service.ofIssue(user, detail.issueId()).stream()
                .filter(c -> c.status() == ContributionStatus.SUBMITTED && c.id() != detail.id()).toList();
        Contribution next = waiting.stream().filter(c -> c.id() > detail.id()).findFirst()
                .orElse(waiting.isEmpty() ? null : waiting.get(0));
        model.addAttribute("nextToReview", next == null ? null : "/contributions/" + next.id());
        model.addAttribute("nextToReviewName", next == null ? null
                : directory.department(next.departmentCode()).map(d -> d.name()).orElse(next.departmentCode()));
        model.addAttribute("waitingForReview", waiting.size());
    }

    List<Long> sectionOrder(ContributionViews.Detail detail) {
        return detail.sections().stream().map(ContributionViews.SectionItems::sectionId).toList();
    }

    Abilities abilities(CurrentUser user, ContributionViews.Detail detail, Issue issue) {
        ContributionStatus status = detail.status();
        boolean submitter = user.submitterOf(detail.departmentCode());
        boolean hasTask = detail.taskId() != null;
        boolean heldByOther = hasTask && detail.taskAssignee() != null && !detail.taskAssignee().equals(user.username());
        boolean editor = user.has(Role.EDITOR);
        boolean edit = submitter && status.drafting() && hasTask && !heldByOther;
        boolean withdraw = submitter && status == ContributionStatus.SUBMITTED && hasTask && detail.taskAssignee() == null
                && (!issue.collectionClosed() || issue.status() == IssueStatus.COMPILING);
        boolean review = editor && status == ContributionStatus.SUBMITTED && hasTask && !heldByOther;
        boolean urge = editor && status.drafting() && hasTask;
        boolean concerned = (submitter && status.drafting()) || (editor && status == ContributionStatus.SUBMITTED);
        return new Abilities(edit, withdraw, review, urge, concerned && heldByOther ? detail.taskAssignee() : null);
    }

    private Map<String, String> names(ContributionViews.Detail detail, Abilities abilities) {
        Set<String> people = new HashSet<>();
        people.add(detail.returnedBy());
        people.add(detail.submittedBy());
        people.add(abilities.heldBy());
        people.remove(null);
        return directory.displayNames(people);
    }

    private static List<EditorSection> editor(ContributionViews.Detail detail, DraftForm form, Map<String, String> errors) {
        List<EditorSection> sections = new ArrayList<>();
        List<DraftForm.Item> items = form.getItems();
        for (ContributionViews.SectionItems section : detail.sections()) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).getSectionId() == section.sectionId()) {
                    indexes.add(i);
                }
            }
            List<EditorItem> editorItems = new ArrayList<>();
            for (int n = 0; n < indexes.size(); n++) {
                int i = indexes.get(n);
                editorItems.add(new EditorItem(i, items.get(i).getText(), errors.get("items[" + i + "].text"), n == 0,
                        n == indexes.size() - 1));
            }
            sections.add(new EditorSection(section.sectionId(), section.title(), editorItems));
        }
        return sections;
    }

    private List<RevisionView> revisions(CurrentUser user, ContributionViews.Detail detail) {
        List<ContributionRevision> revisions = service.revisions(user, detail.id());
        Map<Long, String> titles = new LinkedHashMap<>();
        issues.outline(detail.issueId()).sections().forEach(section -> titles.put(section.id(), section.title()));
        Map<String, String> authors = directory.displayNames(revisions.stream().map(ContributionRevision::author).toList());
        Map<Integer, RevisionDiffs.RevisionDiff> changes = diffs.successive(detail.issueId(), revisions);
        List<RevisionView> shown = new ArrayList<>();
        for (int r = revisions.size() - 1; r >= 0; r--) {
            ContributionRevision revision = revisions.get(r);
            Map<Long, List<String>> bySection = new LinkedHashMap<>();
            titles.keySet().forEach(id -> revision.items().stream().filter(item -> item.sectionId() == id)
                    .forEach(item -> bySection.computeIfAbsent(id, key -> new ArrayList<>()).add(item.text())));
            List<RevisionSection> sections = bySection.entrySet().stream()
                    .map(entry -> new RevisionSection(titles.get(entry.getKey()), entry.getValue())).toList();
            shown.add(new RevisionView(revision.revision(), authors.getOrDefault(revision.author(), revision.author()),
                    revision.createdAt(), revision.items().size(), sections, changes.get(revision.revision())));
        }
        return shown;
    }
}
