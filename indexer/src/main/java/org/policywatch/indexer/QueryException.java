package org.policywatch.indexer;

/**
 * A search query that cannot be run: bad syntax or too many expanded terms. The message is
 * meant for the person who typed the query.
 */
public final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A query error with a human-readable message. */
    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
