/**
 * Attachments: files a department adds to its contribution (PNG/JPEG images, PDF, DOCX, XLSX), their type
 * checked by content and never by name, stored in the database with their SHA-256, downloaded as
 * attachments by whoever may read the contribution. Compilation places accepted images in the issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachment",
        allowedDependencies = {"contribution", "directory", "shared"})
package cn.scgov.bulletin.attachment;
