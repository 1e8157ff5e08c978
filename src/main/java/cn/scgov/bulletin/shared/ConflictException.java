package cn.scgov.bulletin.shared;

/**
 * The request is well-formed but collides with the current state: a task already completed or
 * claimed by someone else, an edit based on a stale version, an action the process does not allow
 * at this step (answered 409).
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
