package cn.scgov.bulletin.rendering;

import cn.scgov.bulletin.compilation.IssueContents;
import cn.scgov.bulletin.compilation.SignoffPrecondition;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.shared.ConflictException;

import org.springframework.stereotype.Component;

/**
 * An issue goes to sign-off only if its PDF can be made: every character has a font on this server.
 * Otherwise the editor learns it while the text can still be changed, instead of the signed-off
 * issue failing to freeze.
 */
@Component
class PrintabilityGuard implements SignoffPrecondition {

    private final IssueContents contents;
    private final PdfFonts fonts;

    PrintabilityGuard(IssueContents contents, PdfFonts fonts) {
        this.contents = contents;
        this.fonts = fonts;
    }

    @Override
    public void check(Issue issue) {
        BulletinDocument document = DocumentAssembler.assemble(contents.content(issue));
        try {
            fonts.select(PdfRenderer.characters(document));
        } catch (FontsUnavailableException e) {
            throw new ConflictException("无法送审：定稿 PDF 做不出来。" + e.getMessage() + "（也可先修改这些文字。）");
        }
    }
}
