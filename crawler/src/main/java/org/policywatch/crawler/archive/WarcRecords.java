package org.policywatch.crawler.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.policywatch.model.WarcRef;

/**
 * Reads archived HTTP responses: one by its {@link WarcRef} (the archived-copy view) or every
 * HTML response of a file ({@code policywatch import}). Reads are bounded: a payload longer than
 * the given limit is cut and flagged. WARC references are resolved strictly inside the WARC
 * directory: a plain file name, no path separators, no dot files, no symbolic links out.
 * Plain and gzip-compressed WARC files are both read.
 */
public final class WarcRecords {
    /** Default largest payload read: 10 MB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,254}");

    private WarcRecords() {
    }

    /**
     * The file a reference names, if it is a plain name of an existing regular file directly
     * inside {@code warcDir}.
     */
    public static Optional<Path> resolve(Path warcDir, String fileName) {
        if (fileName == null || !SAFE_NAME.matcher(fileName).matches() || fileName.contains("..")) {
            return Optional.empty();
        }
        try {
            Path dir = warcDir.toRealPath();
            Path file = dir.resolve(fileName).normalize();
            if (!file.getParent().equals(dir) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The response record a reference points at.
     *
     * @return empty if the file is not inside {@code warcDir}, does not exist, or holds no
     *         readable response record at that offset
     */
    public static Optional<ArchivedResponse> read(Path warcDir, WarcRef ref, long maxBodyBytes) {
        Optional<Path> file = resolve(warcDir, ref.file());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file.get(), StandardOpenOption.READ)) {
            if (ref.offset() >= channel.size()) {
                return Optional.empty();
            }
            channel.position(ref.offset());
            try (WarcReader reader = new WarcReader(channel)) {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty() || !(record.get() instanceof WarcResponse response)) {
                    return Optional.empty();
                }
                return Optional.of(toArchived(response, ref.offset(), maxBodyBytes));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Receives the records of a file being scanned. */
    public interface Visitor {
        /** An HTML response record with a 2xx status. */
        void response(ArchivedResponse response);

        /** A record that is not an HTML 2xx response: its reason, e.g. "not HTML". */
        void skipped(String reason);
    }

    /**
     * Reads every response record of a WARC file in order. Non-response records (warcinfo,
     * request, metadata…) are passed over silently.
     *
     * @return null if the whole file was read, else why reading stopped early (a damaged record:
     *         what was read before it has been visited)
     * @throws IOException if the file cannot be opened or is not a WARC file at all
     */
    public static String scan(Path file, long maxBodyBytes, Visitor visitor) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            boolean any = false;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    if (!any) {
                        throw new IOException("not a readable WARC file: " + describe(e), e);
                    }
                    return "damaged record after offset " + reader.position() + ": " + describe(e);
                }
                if (next.isEmpty()) {
                    return null;
                }
                any = true;
                long offset = reader.position(); // where the record just read starts
                if (!(next.get() instanceof WarcResponse response)) {
                    continue;
                }
                try {
                    ArchivedResponse archived = toArchived(response, offset, maxBodyBytes);
                    String problem = htmlProblem(archived);
                    if (problem == null) {
                        visitor.response(archived);
                    } else {
                        visitor.skipped(problem);
                    }
                } catch (IOException | RuntimeException e) {
                    visitor.skipped("bad record");
                }
            }
        }
    }

    /**
     * Counts the response records of a WARC file (for progress reporting).
     *
     * @return the count up to the first damaged record
     */
    public static int countResponses(Path file) throws IOException {
        int n = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    return n;
                }
                if (next.isEmpty()) {
                    return n;
                }
                if (next.get() instanceof WarcResponse) {
                    n++;
                }
            }
        }
    }

    /** Why a response is not an HTML page to import, null if it is one. */
    static String htmlProblem(ArchivedResponse r) {
        if (r.status() < 200 || r.status() > 299) {
            return "HTTP status " + r.status();
        }
        String type = r.contentType();
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("text/html") && !media.equals("application/xhtml+xml")) {
            return "not HTML";
        }
        if (r.truncated()) {
            return "too large";
        }
        return null;
    }

    private static ArchivedResponse toArchived(WarcResponse response, long offset, long maxBodyBytes)
            throws IOException {
        HttpResponse http = response.http();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        http.headers().map().forEach((name, values) -> headers.merge(name, List.copyOf(values), (a, b) -> {
            List<String> all = new java.util.ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }));
        MessageBody body = http.bodyDecoded();
        byte[] bytes;
        boolean truncated;
        try (InputStream in = body.stream()) {
            int limit = (int) Math.min(Math.max(maxBodyBytes, 0), Integer.MAX_VALUE - 16);
            bytes = in.readNBytes(limit);
            truncated = in.read() >= 0;
        }
        return new ArchivedResponse(response.target(), response.date(), http.status(),
                Collections.unmodifiableMap(headers), bytes, truncated, offset);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
