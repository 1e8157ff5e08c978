package cn.scgov.bulletin.shared;

import java.io.IOException;

/** A request body beyond the configured limit (answered 413). */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
