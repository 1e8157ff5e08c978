package cn.scgov.bulletin.compilation;

import java.time.Instant;
import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.TextDiff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The texts a compiled item has had, and what changed between two of them. Kept (no item is deleted with
 * its history: an editor's own deleted item keeps its rows) so the office can see what the editor changed.
 * Items compiled before revisions were kept get their text before the first edit as revision 1.
 */
@Service
public class CompiledItemRevisions {

    /** One text of an item; {@code author} null when it came in with the department's contribution. */
    public record ItemRevision(int revision, String author, Instant createdAt, String text) {
    }

    private static final Rows<ItemRevision> REVISIONS = Rows.of(ItemRevision.class);
    private static final Rows<CompiledItem> ITEMS = Rows.of(CompiledItem.class);

    record ItemDiff(int from, int to, boolean changed, List<TextDiff.Segment> segments) {
    }

    private final JdbcClient jdbc;
    private final IssueAccess access;

    CompiledItemRevisions(JdbcClient jdbc, IssueAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Keeps a new text of the item (in the caller's transaction). */
    public void record(long issueId, long itemId, String author, Instant now, String text) {
        int next = jdbc.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM issue_item_revision WHERE item_id = :item")
                .param("item", itemId).query(Integer.class).single();
        jdbc.sql("INSERT INTO issue_item_revision (item_id, revision, issue_id, author, created_at, text)"
                + " VALUES (:item, :revision, :issue, :author, :now, :text)")
                .param("item", itemId).param("revision", next).param("issue", issueId).param("author", author)
                .param("now", Sql.timestamp(now)).param("text", text).update();
    }

    /** Before an edit: an item compiled before revisions were kept gets its current text as revision 1. */
    public void keepCurrent(CompiledItem item, long issueId) {
        if (stored(item.id()).isEmpty()) {
            record(issueId, item.id(), item.departmentCode() == null ? item.editedBy() : null,
                    item.editedAt() == null ? Instant.EPOCH : item.editedAt(), item.text());
        }
    }

    public List<ItemRevision> revisions(CurrentUser user, long issueId, long itemId) {
        access.readable(user, issueId, IssueAccess.Part.COMPILATION);
        Integer found = jdbc.sql("SELECT COUNT(*) FROM issue_item_revision WHERE item_id = :item AND issue_id = :issue")
                .param("item", itemId).param("issue", issueId).query(Integer.class).single();
        if (found == 0) {
            // Never edited since revisions were kept: its one text is the current one.
            CompiledItem item = jdbc.sql("SELECT * FROM issue_item WHERE id = :id AND issue_id = :issue")
                    .param("id", itemId).param("issue", issueId)
                    .query(ITEMS)
                    .optional().orElseThrow(() -> new NotFoundException("条目不存在：" + itemId));
            return List.of(new ItemRevision(1, item.departmentCode() == null ? item.editedBy() : null, item.editedAt(),
                    item.text()));
        }
        return stored(itemId);
    }

    public ItemDiff diff(CurrentUser user, long issueId, long itemId, int from, int to) {
        List<ItemRevision> revisions = revisions(user, issueId, itemId);
        List<TextDiff.Segment> segments = TextDiff.between(find(revisions, from).text(), find(revisions, to).text());
        return new ItemDiff(from, to, TextDiff.changed(segments), segments);
    }

    private List<ItemRevision> stored(long itemId) {
        return jdbc.sql("SELECT * FROM issue_item_revision WHERE item_id = :item ORDER BY revision").param("item", itemId)
                .query(REVISIONS).list();
    }

    private static ItemRevision find(List<ItemRevision> revisions, int number) {
        return revisions.stream().filter(revision -> revision.revision() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("该条目没有第 " + number + " 版"));
    }
}
