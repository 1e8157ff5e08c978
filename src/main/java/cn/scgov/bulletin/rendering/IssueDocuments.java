package cn.scgov.bulletin.rendering;

import java.util.Map;

import cn.scgov.bulletin.compilation.IssueContents;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The files of an issue. After sign-off: the stored files, byte-identical, for everyone who may read
 * the issue (recipients included). Before: a draft preview rendered from the current compilation,
 * only for the office, approvers and auditors, since it holds every department's items.
 */
@Service
public class IssueDocuments {

    private final IssueAccess access;
    private final IssueContents contents;
    private final DocumentStore store;
    private final DocumentRenderers renderers;
    private final TransactionOperations transactions;
    private final TimeSource time;

    IssueDocuments(IssueAccess access, IssueContents contents, DocumentStore store, DocumentRenderers renderers,
            TransactionOperations transactions, TimeSource time) {
        this.access = access;
        this.contents = contents;
        this.store = store;
        this.renderers = renderers;
        this.transactions = transactions;
        this.time = time;
    }

    public RenderedDocument document(CurrentUser user, long issueId, DocumentFormat format) {
        Issue issue = access.readable(user, issueId);
        DocumentStore.Stored stored = transactions.execute(status -> store.find(issueId, format)).orElse(null);
        if (stored != null) {
            String name = issue.title() + IssueFormats.issueLine(issue.issueLineFormat(), issue.numberingYear(),
                    issue.yearlyNumber(), issue.cumulativeNumber());
            return new RenderedDocument(format, stored.content(), fileName(name, format), stored.sha256(), true,
                    stored.renderedAt());
        }
        if (!access.canRead(user, issue, IssueAccess.Part.DRAFT_DOCUMENT)) {
            if (issue.status() == IssueStatus.SIGNED_OFF || issue.status() == IssueStatus.DISTRIBUTED) {
                throw new ConflictException("该期定稿文件正在生成，请稍后再试");
            }
            access.readable(user, issueId, IssueAccess.Part.DRAFT_DOCUMENT);
        }
        BulletinDocument document = transactions.execute(status -> DocumentAssembler.assemble(contents.content(issue)))
                .asDraft();
        byte[] content = renderers.render(document, format);
        return new RenderedDocument(format, content, fileName(document.name(), format), DocumentRenderers.sha256(content),
                false, time.now());
    }

    /** Format → SHA-256 of the issue's frozen files (empty before sign-off), for anyone who may read the issue. */
    @Transactional
    public Map<DocumentFormat, String> frozenHashes(CurrentUser user, long issueId) {
        access.readable(user, issueId);
        return store.hashes(issueId);
    }

    /** e.g. 窗口工作周报2023年第8期（总第428期）.pdf, without characters file systems refuse. */
    private static String fileName(String name, DocumentFormat format) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s\\p{Cntrl}]", "") + "." + format.extension();
    }
}
