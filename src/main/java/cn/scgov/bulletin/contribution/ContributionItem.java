package cn.scgov.bulletin.contribution;

/** One paragraph item a department wrote for a section. */
public record ContributionItem(long id, long sectionId, int position, String text) {
}
