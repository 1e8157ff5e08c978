package cn.scgov.bulletin.compilation;

import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The texts a compiled item has had and what changed between two of them; for whoever reads the compilation. */
@RestController
class CompiledItemRevisionController {

    private final CompiledItemRevisions revisions;

    CompiledItemRevisionController(CompiledItemRevisions revisions) {
        this.revisions = revisions;
    }

    @GetMapping("/api/issues/{issueId}/items/{itemId}/revisions")
    List<CompiledItemRevisions.ItemRevision> revisions(CurrentUser user, @PathVariable long issueId,
            @PathVariable long itemId) {
        return revisions.revisions(user, issueId, itemId);
    }

    @GetMapping("/api/issues/{issueId}/items/{itemId}/revisions/{from}/diff/{to}")
    CompiledItemRevisions.ItemDiff diff(CurrentUser user, @PathVariable long issueId, @PathVariable long itemId,
            @PathVariable int from, @PathVariable int to) {
        return revisions.diff(user, issueId, itemId, from, to);
    }
}
