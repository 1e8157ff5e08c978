package cn.scgov.bulletin.inbox;

/** How inbox rows are ordered. */
public enum InboxSort {
    NEWEST, OLDEST, DUE
}
