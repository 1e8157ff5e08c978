/**
 * Rendering: one document model of an issue (masthead, numbered sections, items, statistics,
 * checklist, colophon) rendered as plain text, HTML, DOCX and PDF after GB/T 9704-2012. Before
 * sign-off the office previews a draft; on sign-off the four files are rendered once, stored with
 * their SHA-256 (recorded in the history) and served byte-identical ever after.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rendering",
        allowedDependencies = {"bulletin", "compilation", "directory", "issue", "shared"})
package cn.scgov.bulletin.rendering;
