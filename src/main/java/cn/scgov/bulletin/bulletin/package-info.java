/**
 * Bulletins: the recurring publications (窗口工作周报, 政务窗口月报) with their outline of sections,
 * numbering, sign-off chain, colophon and print run. All of it is data administrators edit; an
 * issue copies its bulletin's definition when it opens, so later edits never change open issues.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bulletin",
        allowedDependencies = {"directory", "shared"})
package cn.scgov.bulletin.bulletin;
