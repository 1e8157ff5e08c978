package cn.scgov.bulletin.shared;

/** The caller is known but not entitled to this object or action (answered 403 and audited). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
