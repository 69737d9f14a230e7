package org.policywatch.crawler.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crawl state, one SQLite file in WAL mode. Opening it returns URLs left in flight by a
 * crash to the queue. All methods are synchronized over one connection: safe to call from fetch
 * workers and Kafka callbacks. Errors are {@link IllegalStateException}s wrapping the SQL error.
 */
public final class CrawlState implements AutoCloseable {
    /** Fetch attempts of one URL before it is given up. */
    public static final int MAX_ATTEMPTS = 5;
    /** Wait before the first retry of a failed URL; quadrupled for each further one, capped at a day. */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY = Duration.ofDays(1);
    private static final int MAX_ERROR_CHARS = 1000;

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS urls (url TEXT PRIMARY KEY, source TEXT NOT NULL, status TEXT NOT NULL,"
            + " canonical_url TEXT, article_id TEXT, content_hash TEXT, fetched_at INTEGER,"
            + " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER, last_error TEXT, relevance REAL,"
            + " discovered_at INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS urls_due ON urls (source, status, next_attempt_at)",
        "CREATE INDEX IF NOT EXISTS urls_canonical ON urls (canonical_url)",
        "CREATE INDEX IF NOT EXISTS urls_hash ON urls (content_hash)",
        "CREATE TABLE IF NOT EXISTS resources (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,"
            + " last_visit INTEGER, last_changed INTEGER)",
        "CREATE TABLE IF NOT EXISTS sources (name TEXT PRIMARY KEY, last_visit INTEGER NOT NULL)"
    };

    private final Connection db;
    private boolean closed;

    private CrawlState(Connection db) {
        this.db = db;
    }

    /** Opens (creating if needed) the state at {@code file}; in-flight URLs go back to queued. */
    public static CrawlState open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the crawl state directory for " + file, e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
                s.executeUpdate("UPDATE urls SET status = 'queued' WHERE status = 'in_flight'");
            }
            return new CrawlState(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the crawl state " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records a discovered URL; returns true if it was new (URLs seen before are left alone). */
    public synchronized boolean enqueue(String url, String source, Instant now) {
        return update("INSERT OR IGNORE INTO urls (url, source, status, discovered_at) VALUES (?, ?, 'queued', ?)",
                url, source, now.toEpochMilli()) == 1;
    }

    /**
     * Claims up to {@code limit} due URLs of a source (queued ones, then failed ones whose retry
     * time has come), oldest first: they become in flight and their attempts grow by one.
     */
    public synchronized List<String> claimDue(String source, int limit, Instant now) {
        List<String> urls = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT url FROM urls WHERE source = ? AND (status = 'queued'"
                + " OR (status = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= ?))"
                + " ORDER BY discovered_at, url LIMIT ?")) {
            q.setString(1, source);
            q.setLong(2, now.toEpochMilli());
            q.setInt(3, limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    urls.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("claim URLs", e);
        }
        inTransaction(() -> {
            for (String url : urls) {
                update("UPDATE urls SET status = 'in_flight', attempts = attempts + 1 WHERE url = ?", url);
            }
        });
        return urls;
    }

    /** Gives back a claimed URL that was not attempted (shutdown, deferred host): queued again. */
    public synchronized void requeue(String url) {
        update("UPDATE urls SET status = 'queued', attempts = MAX(attempts - 1, 0) WHERE url = ? AND status = 'in_flight'",
                url);
    }

    /**
     * Records the identity of an extracted page, unless another URL already holds the same
     * article (same canonical URL or same content hash, done or in flight).
     *
     * @return true if this URL now holds the article; false if it is a duplicate (the URL is then
     *         marked skipped with the reason)
     */
    public synchronized boolean claimArticle(String url, String canonicalUrl, String articleId, String contentHash,
            Double relevance) {
        String other = null;
        try (PreparedStatement q = db.prepareStatement("SELECT url FROM urls WHERE url <> ?"
                + " AND status IN ('done', 'in_flight') AND (canonical_url = ? OR content_hash = ?) LIMIT 1")) {
            q.setString(1, url);
            q.setString(2, canonicalUrl);
            q.setString(3, contentHash);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    other = rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw failure("check duplicates", e);
        }
        update("UPDATE urls SET canonical_url = ?, article_id = ?, content_hash = ?, relevance = ? WHERE url = ?",
                canonicalUrl, articleId, contentHash, relevance, url);
        if (other != null) {
            markSkipped(url, "duplicate of " + other);
            return false;
        }
        return true;
    }

    /** Marks a URL done: its page was acknowledged by Kafka. */
    public synchronized void markDone(String url, Instant fetchedAt) {
        update("UPDATE urls SET status = 'done', fetched_at = ?, last_error = NULL, next_attempt_at = NULL WHERE url = ?",
                fetchedAt.toEpochMilli(), url);
    }

    /**
     * Marks a URL failed. A retryable failure is tried again after a backoff (1 min, 4 min,
     * 16 min, ... at most a day) while fewer than {@link #MAX_ATTEMPTS} attempts were made;
     * otherwise it is given up.
     */
    public synchronized void markFailed(String url, String reason, boolean retryable, Instant now) {
        int attempts = get(url).map(UrlRecord::attempts).orElse(MAX_ATTEMPTS);
        Long next = null;
        if (retryable && attempts < MAX_ATTEMPTS) {
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(2 * Math.max(attempts - 1, 0), 20));
            next = now.plus(wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait).toEpochMilli();
        }
        update("UPDATE urls SET status = 'failed', fetched_at = ?, last_error = ?, next_attempt_at = ? WHERE url = ?",
                now.toEpochMilli(), truncate(reason), next, url);
    }

    /** Marks a URL skipped on purpose (robots.txt, duplicate); it is not fetched again. */
    public synchronized void markSkipped(String url, String reason) {
        update("UPDATE urls SET status = 'skipped', last_error = ?, next_attempt_at = NULL WHERE url = ?",
                truncate(reason), url);
    }

    /** The row of a URL, if known. */
    public synchronized Optional<UrlRecord> get(String url) {
        try (PreparedStatement q = db.prepareStatement("SELECT url, source, status, canonical_url, article_id,"
                + " content_hash, fetched_at, attempts, next_attempt_at, last_error, relevance FROM urls WHERE url = ?")) {
            q.setString(1, url);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                double relevance = rs.getDouble(11);
                Double rel = rs.wasNull() ? null : relevance;
                return Optional.of(new UrlRecord(rs.getString(1), rs.getString(2), UrlStatus.fromDb(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7), rs.getInt(8),
                        instant(rs, 9), rs.getString(10), rel));
            }
        } catch (SQLException e) {
            throw failure("read a URL", e);
        }
    }

    /** How many URLs are in each status. */
    public synchronized Map<UrlStatus, Integer> counts() {
        Map<UrlStatus, Integer> counts = new EnumMap<>(UrlStatus.class);
        for (UrlStatus s : UrlStatus.values()) {
            counts.put(s, 0);
        }
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM urls GROUP BY status")) {
            while (rs.next()) {
                counts.put(UrlStatus.fromDb(rs.getString(1)), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw failure("count URLs", e);
        }
        return counts;
    }

    /** The validators of a feed, sitemap or home page; {@link Validators#NONE} if never visited. */
    public synchronized Validators validators(String resourceUrl) {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT etag, last_modified, last_visit, last_changed FROM resources WHERE url = ?")) {
            q.setString(1, resourceUrl);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next()
                        ? new Validators(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4))
                        : Validators.NONE;
            }
        } catch (SQLException e) {
            throw failure("read validators", e);
        }
    }

    /**
     * Records a visit of a feed, sitemap or home page.
     *
     * @param changed whether it returned new content (false for a 304)
     */
    public synchronized void saveVisit(String resourceUrl, String etag, String lastModified, boolean changed,
            Instant at) {
        Validators old = validators(resourceUrl);
        Instant lastChanged = changed ? at : old.lastChanged();
        update("INSERT OR REPLACE INTO resources (url, etag, last_modified, last_visit, last_changed)"
                + " VALUES (?, ?, ?, ?, ?)", resourceUrl, etag, lastModified, at.toEpochMilli(),
                lastChanged == null ? null : lastChanged.toEpochMilli());
    }

    /** When a source was last visited (discovery run), if ever. */
    public synchronized Optional<Instant> lastVisit(String sourceName) {
        try (PreparedStatement q = db.prepareStatement("SELECT last_visit FROM sources WHERE name = ?")) {
            q.setString(1, sourceName);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read a source visit", e);
        }
    }

    /** Records a source's discovery run. */
    public synchronized void recordVisit(String sourceName, Instant at) {
        update("INSERT OR REPLACE INTO sources (name, last_visit) VALUES (?, ?)", sourceName, at.toEpochMilli());
    }

    /** Closes the database; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a == null) {
                    st.setNull(i + 1, Types.NULL);
                } else {
                    st.setObject(i + 1, a);
                }
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw failure("update", e);
        }
    }

    private void inTransaction(Runnable work) {
        try {
            db.setAutoCommit(false);
            try {
                work.run();
                db.commit();
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("transaction", e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR_CHARS ? s : s.substring(0, MAX_ERROR_CHARS);
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("crawl state: cannot " + what + ": " + e.getMessage(), e);
    }
}
