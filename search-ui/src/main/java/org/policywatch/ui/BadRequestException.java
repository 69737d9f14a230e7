package org.policywatch.ui;

/** A request whose parameters are invalid; answered with 400 and the message. */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A bad request with a message for the person who sent it. */
    public BadRequestException(String message) {
        super(message);
    }
}
