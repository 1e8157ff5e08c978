/**
 * Saved filters (保存的筛选): each user keeps named filters of the inbox and the archive search, lists,
 * applies and deletes them; nobody sees another user's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Saved filters",
        allowedDependencies = {"directory", "shared"})
package cn.scgov.bulletin.savedfilter;
