/**
 * Sign-off: the bulletin's chain of approvers (e.g. division head reviews, centre leader signs off),
 * copied into each issue when it opens. Each approver approves or returns the issue to the editor
 * with an opinion (意见); an approver may add a signer after themselves (加签). A returned issue
 * goes through the whole chain again after the editor recompiles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sign-off",
        allowedDependencies = {"bulletin", "directory", "inbox", "issue", "shared"})
package cn.scgov.bulletin.signoff;
