package cn.scgov.bulletin.discussion;

import cn.scgov.bulletin.directory.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The threads of a contribution and of an issue in sign-off: read them, post on them. */
@RestController
class DiscussionController {

    private final Discussions discussions;

    DiscussionController(Discussions discussions) {
        this.discussions = discussions;
    }

    /** Plain text, 1–2000 characters, stored exactly; {@code @username} tells that person. */
    record PostRequest(String text) {
    }

    @GetMapping("/api/contributions/{contributionId}/comments")
    Discussions.Thread contributionThread(CurrentUser user, @PathVariable long contributionId) {
        return discussions.ofContribution(user, contributionId);
    }

    @PostMapping("/api/contributions/{contributionId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    Comment postOnContribution(CurrentUser user, @PathVariable long contributionId, @RequestBody PostRequest request) {
        return discussions.postOnContribution(user, contributionId, request.text());
    }

    @GetMapping("/api/issues/{issueId}/comments")
    Discussions.Thread issueThread(CurrentUser user, @PathVariable long issueId) {
        return discussions.ofIssue(user, issueId);
    }

    @PostMapping("/api/issues/{issueId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    Comment postOnIssue(CurrentUser user, @PathVariable long issueId, @RequestBody PostRequest request) {
        return discussions.postOnIssue(user, issueId, request.text());
    }
}
