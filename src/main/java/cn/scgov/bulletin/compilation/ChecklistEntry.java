package cn.scgov.bulletin.compilation;

/** A fixed inspection item of a checklist section and its finding. */
public record ChecklistEntry(long sectionId, int position, String label, String finding) {
}
