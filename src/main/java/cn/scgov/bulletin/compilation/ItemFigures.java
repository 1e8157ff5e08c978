package cn.scgov.bulletin.compilation;

import cn.scgov.bulletin.compilation.internal.CompilationRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.attachment.Attachment;
import cn.scgov.bulletin.attachment.AttachmentService;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images placed in the compiled issue: an editor puts a PNG/JPEG attached to a department's accepted
 * contribution under that contribution's item, with an optional caption; every format prints it after
 * the item's text. Attachments of an accepted contribution can no longer be removed, so a placed image
 * stays until the editor takes it out.
 */
@Service
public class ItemFigures {

    static final int MAX_CAPTION = 100;

    private final JdbcClient jdbc;
    private final CompilationRepository items;
    private final AttachmentService attachments;
    private final IssueAccess access;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    ItemFigures(JdbcClient jdbc, CompilationRepository items, AttachmentService attachments, IssueAccess access,
            TimeSource time, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.items = items;
        this.attachments = attachments;
        this.access = access;
        this.time = time;
        this.events = events;
    }

    /** An image placed under an item. */
    public record Placed(long itemId, long attachmentId, String caption, String fileName, String sha256, int width,
            int height, String placedBy, Instant placedAt) {
    }

    private static final Rows<Placed> PLACED = Rows.of(Placed.class);

    @Transactional
    public List<Placed> ofIssue(CurrentUser user, long issueId) {
        access.readable(user, issueId, IssueAccess.Part.COMPILATION);
        return placed(issueId);
    }

    /** The images of the item's own contribution that may be placed under it. */
    /** The compiled item of an issue the editor may edit. */
    public CompiledItem item(CurrentUser user, long issueId, long itemId) {
        access.editable(user, issueId);
        return items.item(issueId, itemId).orElseThrow(() -> new NotFoundException("条目不存在：" + itemId));
    }

    public List<Attachment> candidates(CurrentUser user, long issueId, long itemId) {
        access.readable(user, issueId, IssueAccess.Part.COMPILATION);
        CompiledItem item = item(issueId, itemId);
        if (item.contributionId() == null) {
            return List.of();
        }
        return attachments.list(user, item.contributionId()).stream().filter(Attachment::image).toList();
    }

    @Transactional
    @RetryOnCollision
    public Placed place(CurrentUser user, long issueId, long itemId, long attachmentId, String caption) {
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_CAPTION) {
            throw InvalidInputException.field("caption", "图片说明不超过 " + MAX_CAPTION + " 字");
        }
        editable(user, issueId);
        CompiledItem item = item(issueId, itemId);
        Attachment attachment = attachments.stored(attachmentId).map(AttachmentService.Content::attachment)
                .orElseThrow(() -> new NotFoundException("附件不存在：" + attachmentId));
        if (!attachment.image()) {
            throw InvalidInputException.field("attachmentId", "只能插入 PNG 或 JPEG 图片附件");
        }
        if (item.contributionId() == null || item.contributionId() != attachment.contributionId()) {
            throw InvalidInputException.field("attachmentId", "只能插入该条目所属部门稿件的图片附件");
        }
        jdbc.sql("DELETE FROM issue_item_figure WHERE item_id = :item").param("item", itemId).update();
        try {
            jdbc.sql("INSERT INTO issue_item_figure (item_id, issue_id, attachment_id, caption, placed_by, placed_at)"
                    + " VALUES (:item, :issue, :attachment, :caption, :by, :at)")
                    .param("item", itemId).param("issue", issueId).param("attachment", attachmentId)
                    .param("caption", text).param("by", user.username()).param("at", Sql.timestamp(time.now()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("该条目的图片正由他人同时修改，请刷新后重试");
        }
        log(CompilationAction.ITEM_IMAGE_PLACED, user, issueId, "条目 " + itemId + "：" + attachment.fileName()
                + (text == null ? "" : "（" + text + "）") + "，SHA-256 " + attachment.sha256());
        return placed(issueId).stream().filter(p -> p.itemId() == itemId).findFirst().orElseThrow();
    }

    @Transactional
    @RetryOnCollision
    public void remove(CurrentUser user, long issueId, long itemId) {
        editable(user, issueId);
        item(issueId, itemId);
        if (jdbc.sql("DELETE FROM issue_item_figure WHERE item_id = :item").param("item", itemId).update() == 0) {
            throw new NotFoundException("该条目没有插入图片");
        }
        log(CompilationAction.ITEM_IMAGE_REMOVED, user, issueId, "条目 " + itemId);
    }

    /** Item id → the figure to print, with its bytes; for the issue's content. */
    Map<Long, IssueContent.Figure> figures(long issueId) {
        Map<Long, IssueContent.Figure> figures = new LinkedHashMap<>();
        for (Placed placed : placed(issueId)) {
            attachments.stored(placed.attachmentId()).ifPresent(content -> figures.put(placed.itemId(),
                    new IssueContent.Figure(content.bytes(), content.attachment().contentType(), placed.width(),
                            placed.height(), placed.caption())));
        }
        return figures;
    }

    private List<Placed> placed(long issueId) {
        return jdbc.sql("SELECT f.item_id, f.attachment_id, f.caption, a.file_name, a.sha256, a.width, a.height,"
                + " f.placed_by, f.placed_at FROM issue_item_figure f JOIN attachment a ON a.id = f.attachment_id"
                + " WHERE f.issue_id = :issue ORDER BY f.item_id")
                .param("issue", issueId)
                .query(PLACED)
                .list();
    }

    private Issue editable(CurrentUser user, long issueId) {
        Issue issue = access.editable(user, issueId);
        if (issue.status() != IssueStatus.COLLECTING && issue.status() != IssueStatus.COMPILING) {
            throw new ConflictException("期次" + issue.status().label() + "，不能再修改内容");
        }
        return issue;
    }

    private CompiledItem item(long issueId, long itemId) {
        return items.item(issueId, itemId).orElseThrow(() -> new NotFoundException("条目不存在：" + itemId));
    }

    private void log(AuditAction action, CurrentUser user, long issueId, String detail) {
        events.publishEvent(ProcessLogged.onIssue(action, user.username(), issueId, detail));
    }
}
