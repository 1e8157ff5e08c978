package cn.scgov.bulletin.rendering;

import cn.scgov.bulletin.compilation.IssueContents;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ProcessLogged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An issue goes to sign-off only if its PDF can be made: every character has a font on this server.
 * Otherwise the editor learns it while the text can still be changed, instead of the signed-off
 * issue failing to freeze. Runs in the transaction of sending, which it rolls back.
 */
@Component
class PrintabilityGuard {

    private final Issues issues;
    private final IssueContents contents;
    private final PdfFonts fonts;

    PrintabilityGuard(Issues issues, IssueContents contents, PdfFonts fonts) {
        this.issues = issues;
        this.contents = contents;
        this.fonts = fonts;
    }

    @EventListener
    void on(ProcessLogged logged) {
        if (logged.action() != AuditAction.SENT_TO_SIGNOFF || logged.issueId() == null) {
            return;
        }
        BulletinDocument document = DocumentAssembler.assemble(contents.content(issues.require(logged.issueId())));
        try {
            fonts.select(PdfRenderer.characters(document));
        } catch (FontsUnavailableException e) {
            throw new ConflictException("无法送审：定稿 PDF 做不出来。" + e.getMessage() + "（也可先修改这些文字。）");
        }
    }
}
