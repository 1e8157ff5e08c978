package cn.scgov.bulletin.compilation;

import java.time.Instant;

/**
 * An item of the compiled issue: a department's accepted item (its original text kept) or an
 * item the editor wrote (no department, no original). Excluded items stay, marked not included.
 */
public record CompiledItem(long id, long sectionId, int position, String departmentCode, Long contributionId,
        String originalText, String text, boolean included, String editedBy, Instant editedAt, int version) {

    public boolean edited() {
        return originalText != null && !originalText.equals(text);
    }
}
