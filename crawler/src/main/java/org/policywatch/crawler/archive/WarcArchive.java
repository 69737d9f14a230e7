package org.policywatch.crawler.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.policywatch.model.WarcRef;

/**
 * Appends HTTP exchanges to gzip-compressed WARC 1.1 files in one directory, one gzip member per
 * record. Files are named {@code policywatch-<UTC yyyyMMddHHmmssSSS>-<seq>.warc.gz}; each starts
 * with a {@code warcinfo} record and is closed once it holds {@code maxFileBytes} (so a file
 * exceeds the limit by at most one exchange). Each exchange is a {@code request} and a
 * {@code response} record linked by {@code WARC-Concurrent-To}, with block and payload digests.
 * The response holds the body as the crawler read it, i.e. decompressed: its Content-Encoding,
 * Content-Length and Transfer-Encoding headers are replaced by the true Content-Length (the
 * originals are kept as {@code X-Archive-Orig-*}), so the record is self-consistent.
 *
 * <p>{@link #archive} returns only after the records are forced to disk, so a {@link WarcRef}
 * that reached Kafka stays readable after a crash. A failed write is cut off the file, which is
 * then closed; the next exchange starts a new file. Thread-safe (writes are serialised).
 */
public final class WarcArchive implements AutoCloseable {
    /** File name prefix of the files this class writes. */
    public static final String PREFIX = "policywatch-";
    /** File name suffix of the files this class writes. */
    public static final String SUFFIX = ".warc.gz";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Set<String> REPLACED = Set.of("content-encoding", "content-length", "transfer-encoding");

    private final Path dir;
    private final long maxFileBytes;
    private final String software;
    private final Clock clock;
    private FileChannel channel;
    private WarcWriter writer;
    private String fileName;
    private URI warcinfoId;
    private int seq;
    private boolean closed;

    /**
     * An archive writing into {@code dir} (created on the first write).
     *
     * @param dir          the WARC directory
     * @param maxFileBytes size after which a new file is started (at least 1)
     * @param software     the crawler's name and version for the warcinfo record, e.g. its User-Agent
     * @param clock        for file names and warcinfo dates
     */
    public WarcArchive(Path dir, long maxFileBytes, String software, Clock clock) {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be >= 1: " + maxFileBytes);
        }
        this.dir = dir.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
        this.software = software == null ? "PolicyWatch" : software;
        this.clock = clock;
    }

    /** The directory written to. */
    public Path dir() {
        return dir;
    }

    /**
     * Writes a request and a response record for one exchange and forces them to disk.
     *
     * @return the response record's file (relative to the directory) and offset
     * @throws IOException if the records could not be written (the archive stays usable)
     */
    public synchronized WarcRef archive(HttpCapture capture) throws IOException {
        if (closed) {
            throw new IOException("WARC archive is closed");
        }
        if (writer != null && writer.position() >= maxFileBytes) {
            closeFile();
        }
        if (writer == null) {
            openFile();
        }
        long start = writer.position();
        try {
            UUID requestId = UUID.randomUUID();
            UUID responseId = UUID.randomUUID();
            URI target = URI.create(capture.targetUri());
            byte[] requestBlock = HttpBlocks.request(target, capture);
            byte[] responseBlock = HttpBlocks.response(capture, REPLACED);
            WarcRequest request = new WarcRequest.Builder(target)
                    .version(MessageVersion.WARC_1_1)
                    .recordId(requestId)
                    .date(capture.date())
                    .warcinfoId(warcinfoId)
                    .concurrentTo(URI.create("urn:uuid:" + responseId))
                    .blockDigest(sha1(requestBlock, 0))
                    .body(MediaType.HTTP_REQUEST, requestBlock)
                    .build();
            WarcResponse.Builder response = new WarcResponse.Builder(target)
                    .version(MessageVersion.WARC_1_1)
                    .recordId(responseId)
                    .date(capture.date())
                    .warcinfoId(warcinfoId)
                    .concurrentTo(URI.create("urn:uuid:" + requestId))
                    .blockDigest(sha1(responseBlock, 0))
                    .payloadDigest(sha1(responseBlock, responseBlock.length - capture.body().length))
                    .body(MediaType.HTTP_RESPONSE, responseBlock);
            if (capture.ipAddress() != null) {
                response.ipAddress(capture.ipAddress());
            }
            writer.write(request);
            long offset = writer.position();
            writer.write(response.build());
            channel.force(false);
            return new WarcRef(fileName, offset);
        } catch (IOException | RuntimeException e) {
            abandonFile(start);
            throw e instanceof IOException io ? io : new IOException("cannot write WARC records: " + e, e);
        }
    }

    /** The file being written, null if none is open. */
    public synchronized String currentFile() {
        return fileName;
    }

    /** Closes the current file. Idempotent; later {@link #archive} calls fail. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        closeFile();
    }

    private void openFile() throws IOException {
        Files.createDirectories(dir);
        String stamp = STAMP.format(clock.instant());
        while (true) {
            seq++;
            String name = PREFIX + stamp + "-" + String.format(Locale.ROOT, "%05d", seq) + SUFFIX;
            try {
                channel = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                fileName = name;
                break;
            } catch (FileAlreadyExistsException e) {
                // another writer took this name: try the next sequence number
            }
        }
        try {
            writer = new WarcWriter(channel, WarcCompression.GZIP);
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("software", List.of(software + " (jwarc)"));
            fields.put("format", List.of("WARC File Format 1.1"));
            fields.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
            fields.put("robots", List.of("obey"));
            Warcinfo info = new Warcinfo.Builder()
                    .version(MessageVersion.WARC_1_1)
                    .date(clock.instant())
                    .filename(fileName)
                    .fields(fields)
                    .build();
            warcinfoId = info.id();
            writer.write(info);
            channel.force(false);
            syncDirectory();
        } catch (IOException | RuntimeException e) {
            abandonFile(0);
            throw e;
        }
    }

    /** Makes the new file's directory entry durable (best effort: not every platform can sync a directory). */
    private void syncDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException ignored) {
            // e.g. Windows cannot open a directory as a channel
        }
    }

    private void abandonFile(long keepBytes) {
        try {
            if (channel != null && channel.isOpen()) {
                channel.truncate(keepBytes);
                channel.force(true);
            }
        } catch (IOException ignored) {
            // best effort: the file is closed below and never appended to again
        }
        try {
            closeFile();
        } catch (IOException ignored) {
            // already reported by the caller's exception
        }
    }

    private void closeFile() throws IOException {
        FileChannel c = channel;
        writer = null;
        channel = null;
        fileName = null;
        warcinfoId = null;
        if (c != null && c.isOpen()) {
            try {
                c.force(true);
            } finally {
                c.close();
            }
        }
    }

    private static WarcDigest sha1(byte[] bytes, int from) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            md.update(bytes, from, bytes.length - from);
            return new WarcDigest(md);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serialises HTTP request and response blocks. */
    static final class HttpBlocks {
        private HttpBlocks() {
        }

        static byte[] request(URI target, HttpCapture c) {
            StringBuilder head = new StringBuilder();
            String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            if (target.getRawQuery() != null) {
                path += "?" + target.getRawQuery();
            }
            head.append("GET ").append(path).append(" HTTP/1.1\r\n");
            if (!c.requestHeaders().containsKey("Host") && target.getHost() != null) {
                header(head, "Host", target.getPort() < 0 ? target.getHost() : target.getHost() + ":" + target.getPort());
            }
            c.requestHeaders().forEach((name, values) -> values.forEach(v -> header(head, name, v)));
            head.append("\r\n");
            return head.toString().getBytes(StandardCharsets.ISO_8859_1);
        }

        static byte[] response(HttpCapture c, Set<String> replaced) {
            StringBuilder head = new StringBuilder();
            head.append("HTTP/1.1 ").append(c.status()).append(' ').append(reason(c.status())).append("\r\n");
            c.responseHeaders().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.startsWith(":")) {
                    return; // HTTP/2 pseudo-header
                }
                for (String v : values) {
                    header(head, replaced.contains(lower) ? "X-Archive-Orig-" + name : name, v);
                }
            });
            header(head, "Content-Length", Integer.toString(c.body().length));
            head.append("\r\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + c.body().length);
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(c.body());
            return out.toByteArray();
        }

        private static void header(StringBuilder head, String name, String value) {
            if (name.isEmpty() || !name.chars().allMatch(ch -> ch > 32 && ch < 127 && ch != ':')) {
                return;
            }
            String clean = value.replace('\r', ' ').replace('\n', ' ');
            StringBuilder latin = new StringBuilder(clean.length());
            clean.chars().forEach(ch -> latin.append(ch < 256 ? (char) ch : '?'));
            head.append(name).append(": ").append(latin).append("\r\n");
        }

        private static String reason(int status) {
            return switch (status) {
                case 200 -> "OK";
                case 201 -> "Created";
                case 202 -> "Accepted";
                case 203 -> "Non-Authoritative Information";
                case 204 -> "No Content";
                case 206 -> "Partial Content";
                case 304 -> "Not Modified";
                default -> "";
            };
        }
    }
}
