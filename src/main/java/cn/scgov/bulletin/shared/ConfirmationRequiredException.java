package cn.scgov.bulletin.shared;

/**
 * A request that is allowed but unusual enough to need the user's explicit confirmation (answered 409
 * with {@code confirmation} naming what to confirm; the client repeats it with {@code confirm: true}).
 */
public class ConfirmationRequiredException extends ConflictException {

    private final String confirmation;

    public ConfirmationRequiredException(String confirmation, String message) {
        super(message);
        this.confirmation = confirmation;
    }

    public String confirmation() {
        return confirmation;
    }
}
