package org.policywatch.model;

/**
 * Where the archived HTTP response of a page lives.
 *
 * @param file   WARC file name, relative to the WARC directory
 * @param offset byte offset of the response record in that file
 */
public record WarcRef(String file, long offset) {
    public WarcRef {
        file = Checks.requireText(file, "warc.file");
        if (offset < 0) {
            throw new IllegalArgumentException("warc.offset must be >= 0: " + offset);
        }
    }
}
