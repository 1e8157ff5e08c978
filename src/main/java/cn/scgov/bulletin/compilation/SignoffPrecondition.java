package cn.scgov.bulletin.compilation;

import cn.scgov.bulletin.issue.Issue;

/**
 * A check another module makes before compilation sends an issue to sign-off: the module that can veto
 * implements it as a bean; compilation calls every one, inside the sending transaction, before the compile
 * task is completed.
 */
public interface SignoffPrecondition {

    /**
     * Refuses sending the issue by throwing (a {@link cn.scgov.bulletin.shared.ConflictException} with the
     * reason the editor reads); returns normally when the issue may go.
     */
    void check(Issue issue);
}
