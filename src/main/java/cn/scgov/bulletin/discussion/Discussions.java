package cn.scgov.bulletin.discussion;

import cn.scgov.bulletin.discussion.internal.DiscussionRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and posting on discussion threads. A contribution's thread is read by whoever may read the
 * contribution and open for posts until the issue is signed off or cancelled; the issue's thread is read by
 * whoever may read its sign-off and open for posts while the issue is in sign-off. The auditor reads both and
 * posts on neither (the auditor changes nothing). Read rules are {@link IssueAccess}'s, for the caller and for
 * every person mentioned alike.
 */
@Service
public class Discussions {

    /** Longest comment, in characters as a reader counts them (a character outside the BMP is one). */
    public static final int MAX_LENGTH = 2000;

    private final DiscussionRepository repository;
    private final ContributionService contributions;
    private final IssueAccess access;
    private final Issues issues;
    private final Directory directory;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    Discussions(DiscussionRepository repository, ContributionService contributions, IssueAccess access, Issues issues,
            Directory directory, TimeSource time, ApplicationEventPublisher events) {
        this.repository = repository;
        this.contributions = contributions;
        this.access = access;
        this.issues = issues;
        this.directory = directory;
        this.time = time;
        this.events = events;
    }

    /** A thread as the caller sees it: its comments, and whether the caller may post now (and if not, why). */
    public record Thread(long issueId, Long contributionId, List<Comment> comments, boolean canPost, String closedReason) {
    }

    /** Where a thread lives and who may read it. */
    private record Place(Issue issue, Long contributionId, String departmentCode, String name, String link,
            Predicate<CurrentUser> reader, String closedReason) {
    }

    @Transactional
    public Thread ofContribution(CurrentUser user, long contributionId) {
        return view(user, contributionPlace(user, contributionId));
    }

    @Transactional
    public Thread ofIssue(CurrentUser user, long issueId) {
        return view(user, issuePlace(user, issueId));
    }

    @Transactional
    @RetryOnCollision
    public Comment postOnContribution(CurrentUser user, long contributionId, String text) {
        return post(user, contributionPlace(user, contributionId), text);
    }

    @Transactional
    @RetryOnCollision
    public Comment postOnIssue(CurrentUser user, long issueId, String text) {
        return post(user, issuePlace(user, issueId), text);
    }

    private Place contributionPlace(CurrentUser user, long contributionId) {
        Contribution contribution = contributions.contribution(user, contributionId);
        Issue issue = issues.require(contribution.issueId());
        String department = contribution.departmentCode();
        String name = "稿件讨论（" + directory.department(department).map(d -> d.name()).orElse(department) + "）";
        String closed = issue.status().beforeSignoff() ? null : "该期次" + issue.status().label() + "，讨论只可查看";
        return new Place(issue, contribution.id(), department, name, "/contributions/" + contribution.id() + "#discussion",
                reader -> access.canReadContribution(reader, issue, department), closed);
    }

    private Place issuePlace(CurrentUser user, long issueId) {
        Issue issue = access.readable(user, issueId, IssueAccess.Part.SIGNOFF);
        String closed = issue.status() == IssueStatus.SIGNOFF ? null
                : "审签讨论仅在审签期间可发言（该期次" + issue.status().label() + "）";
        return new Place(issue, null, null, "审签讨论", "/issues/" + issueId + "/signoff#discussion",
                reader -> access.canRead(reader, issue, IssueAccess.Part.SIGNOFF), closed);
    }

    private Thread view(CurrentUser user, Place place) {
        List<DiscussionRepository.Row> rows = repository.thread(place.issue().id(), place.contributionId());
        Set<String> people = new HashSet<>();
        rows.forEach(row -> {
            people.add(row.author());
            people.addAll(row.mentions());
        });
        Map<String, String> names = directory.displayNames(people);
        List<Comment> comments = rows.stream().map(row -> new Comment(row.id(), row.issueId(), row.contributionId(),
                row.author(), names.getOrDefault(row.author(), row.author()), row.postedAt(), row.text(),
                row.mentions().stream().map(u -> new Comment.Mention(u, names.getOrDefault(u, u))).toList())).toList();
        boolean writer = poster(user);
        return new Thread(place.issue().id(), place.contributionId(), comments, writer && place.closedReason() == null,
                writer ? place.closedReason() : null);
    }

    private Comment post(CurrentUser user, Place place, String text) {
        if (!poster(user)) {
            throw new ForbiddenException("安全审计员只可查看讨论，不能发言");
        }
        check(text);
        if (place.closedReason() != null) {
            throw new ConflictException(place.closedReason());
        }
        List<Comment.Mention> mentioned = mentioned(text, place);
        // The database keeps milliseconds: the answer carries the time as it is stored.
        Instant now = time.now().truncatedTo(ChronoUnit.MILLIS);
        long id = repository.insert(place.issue().id(), place.contributionId(), user.username(), now, text,
                mentioned.stream().map(Comment.Mention::username).toList());
        List<String> told = mentioned.stream().map(Comment.Mention::username)
                .filter(username -> !username.equals(user.username())).toList();
        String detail = place.name() + (mentioned.isEmpty() ? ""
                : "；提到：" + String.join("、", mentioned.stream().map(Comment.Mention::name).toList()));
        events.publishEvent(new CommentPosted(user.username(), place.issue().id(), place.departmentCode(), place.name(),
                text, told, place.link(), detail));
        return new Comment(id, place.issue().id(), place.contributionId(), user.username(), user.displayName(),
                now, text, mentioned);
    }

    /** Every person named, each able to read the thread; otherwise a 400 naming who is not, before anything is stored. */
    private List<Comment.Mention> mentioned(String text, Place place) {
        List<Comment.Mention> mentioned = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> outsiders = new ArrayList<>();
        for (String username : Mentions.in(text)) {
            CurrentUser person = directory.currentUser(username).orElse(null);
            if (person == null) {
                unknown.add("@" + username);
            } else if (!place.reader().test(person)) {
                outsiders.add(person.displayName() + "（" + username + "）");
            } else {
                mentioned.add(new Comment.Mention(username, person.displayName()));
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.field("text", "没有这些用户：" + String.join("、", unknown));
        }
        if (!outsiders.isEmpty()) {
            throw InvalidInputException.field("text", String.join("、", outsiders) + " 无权查看本讨论，不能提及");
        }
        return mentioned;
    }

    private static void check(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.field("text", "讨论内容不能为空");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            throw InvalidInputException.field("text", "讨论内容不超过 " + MAX_LENGTH + " 字（现有 " + length + " 字）");
        }
    }

    /** Everyone who may read a thread posts on it, except the auditor, who changes nothing. */
    private static boolean poster(CurrentUser user) {
        return user.has(Role.SUBMITTER) || user.hasAnyOf(Role.OFFICE);
    }
}
