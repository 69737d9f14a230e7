package org.policywatch.crawler.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policywatch.crawler.dedup.NearDuplicates;
import org.policywatch.crawler.dedup.SimHash;

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

    private final Connection db;
    private boolean closed;

    private CrawlState(Connection db) {
        this.db = db;
    }

    /** Opens (creating if needed) the state at {@code file}; in-flight URLs go back to queued. */
    public static CrawlState open(Path file) {
        return new CrawlState(StateDb.connect(file));
    }

    /** Records a discovered URL; returns true if it was new (URLs seen before are left alone). */
    public synchronized boolean enqueue(String url, String source, Instant now) {
        return update("INSERT OR IGNORE INTO urls (url, source, status, discovered_at) VALUES (?, ?, 'queued', ?)",
                url, source, now.toEpochMilli()) == 1;
    }

    /**
     * Claims up to {@code limit} due URLs of a source (queued ones, then failed ones whose retry
     * time has come), oldest first: they become in flight and their attempts grow by one. Done
     * articles whose revisit time has come are claimed too, after those, and become
     * {@link UrlStatus#REVISITING}.
     */
    public synchronized List<String> claimDue(String source, int limit, Instant now) {
        List<String> urls = new ArrayList<>();
        List<String> revisits = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT url, status FROM urls WHERE source = ? AND (status = 'queued'"
                + " OR (status = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= ?)"
                + " OR (status = 'done' AND revisit_at IS NOT NULL AND revisit_at <= ?))"
                + " ORDER BY status = 'done', discovered_at, url LIMIT ?")) {
            q.setString(1, source);
            q.setLong(2, now.toEpochMilli());
            q.setLong(3, now.toEpochMilli());
            q.setInt(4, limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    (rs.getString(2).equals("done") ? revisits : urls).add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("claim URLs", e);
        }
        inTransaction(() -> {
            for (String url : urls) {
                update("UPDATE urls SET status = 'in_flight', attempts = attempts + 1 WHERE url = ?", url);
            }
            for (String url : revisits) {
                update("UPDATE urls SET status = 'revisiting' WHERE url = ?", url);
            }
        });
        urls.addAll(revisits);
        return urls;
    }

    /** Gives back a claimed URL that was not attempted (shutdown, deferred host): queued again. */
    public synchronized void requeue(String url) {
        update("UPDATE urls SET status = 'queued', attempts = MAX(attempts - 1, 0) WHERE url = ? AND status = 'in_flight'",
                url);
        update("UPDATE urls SET status = 'done' WHERE url = ? AND status = 'revisiting'", url);
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
        return claimArticle(url, canonicalUrl, articleId, contentHash, relevance, null, -1).claimed();
    }

    /**
     * Records the identity of an extracted page, unless another URL already holds the same
     * article: same canonical URL or same content hash (the URL is then {@link UrlStatus#SKIPPED})
     * or, if {@code simhash} is given, a fingerprint within {@code maxDistance} bits (the URL is
     * then a {@link UrlStatus#DUPLICATE}). Both link the URL to the first copy's article id. The
     * checks and the claim are one step, so two copies fetched at once cannot both be claimed.
     */
    public synchronized ArticleClaim claimArticle(String url, String canonicalUrl, String articleId,
            String contentHash, Double relevance, Long simhash, int maxDistance) {
        NearDuplicates.Candidate same = null;
        try (PreparedStatement q = db.prepareStatement("SELECT url, article_id FROM urls WHERE url <> ?"
                + " AND status IN ('done', 'in_flight', 'revisiting') AND (canonical_url = ? OR content_hash = ?)"
                + " LIMIT 1")) {
            q.setString(1, url);
            q.setString(2, canonicalUrl);
            q.setString(3, contentHash);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    same = new NearDuplicates.Candidate(rs.getString(1), rs.getString(2), 0L);
                }
            }
        } catch (SQLException e) {
            throw failure("check duplicates", e);
        }
        update("UPDATE urls SET canonical_url = ?, article_id = ?, content_hash = ?, relevance = ?, simhash = ?"
                + " WHERE url = ?", canonicalUrl, articleId, contentHash, relevance, simhash, url);
        if (same != null) {
            markSkipped(url, "duplicate of " + same.url());
            update("UPDATE urls SET duplicate_of = ? WHERE url = ?", same.articleId(), url);
            return new ArticleClaim(ArticleClaim.Kind.SAME_ARTICLE, same.url(), same.articleId(), 0);
        }
        if (simhash != null && maxDistance >= 0) {
            Optional<NearDuplicates.Match> near = NearDuplicates.closest(simhash,
                    StateDb.nearCandidates(db, url, simhash), maxDistance);
            if (near.isPresent()) {
                NearDuplicates.Candidate first = near.get().first();
                update("UPDATE urls SET status = 'duplicate', duplicate_of = ?, last_error = ?, next_attempt_at = NULL"
                        + " WHERE url = ?", first.articleId(), truncate("near duplicate of " + first.url() + " ("
                        + near.get().distance() + " bits)"), url);
                return new ArticleClaim(ArticleClaim.Kind.NEAR_DUPLICATE, first.url(), first.articleId(),
                        near.get().distance());
            }
            inTransaction(() -> {
                for (int band = 0; band < SimHash.BANDS; band++) {
                    update("INSERT OR IGNORE INTO simhash_bands (band, value, url) VALUES (?, ?, ?)", band,
                            SimHash.band(simhash, band), url);
                }
            });
        }
        return new ArticleClaim(ArticleClaim.Kind.CLAIMED, null, null, 0);
    }

    /**
     * Records a page scored below the relevance threshold: kept with its identity and score,
     * {@link UrlStatus#IRRELEVANT}, not fetched again.
     */
    public synchronized void markIrrelevant(String url, String canonicalUrl, String articleId, String contentHash,
            double relevance, Instant fetchedAt) {
        update("UPDATE urls SET status = 'irrelevant', canonical_url = ?, article_id = ?, content_hash = ?,"
                + " relevance = ?, fetched_at = ?, last_error = NULL, next_attempt_at = NULL WHERE url = ?",
                canonicalUrl, articleId, contentHash, relevance, fetchedAt.toEpochMilli(), url);
    }

    /** Marks a URL done: its page was acknowledged by Kafka. */
    public synchronized void markDone(String url, Instant fetchedAt) {
        markDone(url, fetchedAt, null);
    }

    /**
     * Marks a URL done (its first version was acknowledged by Kafka) and records that version;
     * {@code revisitAt}, if not null, is when it is fetched again on purpose.
     */
    public synchronized void markDone(String url, Instant fetchedAt, Instant revisitAt) {
        update("UPDATE urls SET status = 'done', fetched_at = ?, first_fetched_at = COALESCE(first_fetched_at, ?),"
                + " last_error = NULL, next_attempt_at = NULL, revisit_at = ? WHERE url = ?",
                fetchedAt.toEpochMilli(), fetchedAt.toEpochMilli(), revisitAt == null ? null : revisitAt.toEpochMilli(),
                url);
        update("INSERT OR IGNORE INTO versions (article_id, url, version, content_hash, fetched_at)"
                + " SELECT article_id, url, version, content_hash, fetched_at FROM urls WHERE url = ?"
                + " AND article_id IS NOT NULL", url);
    }

    /**
     * Ends a revisit of a done article: done again, one more revisit counted, the next one at
     * {@code nextRevisitAt} (null: none). If {@code newVersion} is given, its page was acknowledged
     * by Kafka: it becomes the URL's latest version and is kept next to the earlier ones.
     */
    public synchronized void finishRevisit(String url, ArticleVersion newVersion, Instant nextRevisitAt) {
        Long next = nextRevisitAt == null ? null : nextRevisitAt.toEpochMilli();
        if (newVersion == null) {
            update("UPDATE urls SET status = 'done', revisits = revisits + 1, revisit_at = ? WHERE url = ?", next, url);
            return;
        }
        inTransaction(() -> {
            update("UPDATE urls SET status = 'done', revisits = revisits + 1, revisit_at = ?, version = ?,"
                    + " content_hash = ?, fetched_at = ? WHERE url = ?", next, newVersion.version(),
                    newVersion.contentHash(), newVersion.fetchedAt().toEpochMilli(), url);
            update("INSERT OR REPLACE INTO versions (article_id, url, version, content_hash, fetched_at)"
                    + " VALUES (?, ?, ?, ?, ?)", newVersion.articleId(), url, newVersion.version(),
                    newVersion.contentHash(), newVersion.fetchedAt().toEpochMilli());
        });
    }

    /** The versions of the article at a URL, oldest first. */
    public synchronized List<ArticleVersion> versions(String url) {
        List<ArticleVersion> found = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT article_id, version, content_hash, fetched_at"
                + " FROM versions WHERE url = ? ORDER BY version")) {
            q.setString(1, url);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(new ArticleVersion(rs.getString(1), rs.getInt(2), rs.getString(3), instant(rs, 4)));
                }
            }
        } catch (SQLException e) {
            throw failure("read versions", e);
        }
        return found;
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
                + " content_hash, fetched_at, attempts, next_attempt_at, last_error, relevance, duplicate_of, version,"
                + " revisit_at, first_fetched_at, revisits FROM urls WHERE url = ?")) {
            q.setString(1, url);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                double relevance = rs.getDouble(11);
                Double rel = rs.wasNull() ? null : relevance;
                return Optional.of(new UrlRecord(rs.getString(1), rs.getString(2), UrlStatus.fromDb(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7), rs.getInt(8),
                        instant(rs, 9), rs.getString(10), rel, rs.getString(12), rs.getInt(13), instant(rs, 14), instant(rs, 15),
                        rs.getInt(16)));
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
        update("INSERT INTO sources (name, last_visit) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET last_visit = excluded.last_visit", sourceName, at.toEpochMilli());
    }

    /** Records a source's discovery run and the interval until its next one. */
    public synchronized void recordVisit(String sourceName, Instant at, Duration nextInterval) {
        update("INSERT INTO sources (name, last_visit, interval_ms) VALUES (?, ?, ?) ON CONFLICT (name)"
                + " DO UPDATE SET last_visit = excluded.last_visit, interval_ms = excluded.interval_ms",
                sourceName, at.toEpochMilli(), nextInterval.toMillis());
    }

    /** The adaptive interval after a source's last visit, if one was recorded. */
    public synchronized Optional<Duration> sourceInterval(String sourceName) {
        try (PreparedStatement q = db.prepareStatement("SELECT interval_ms FROM sources WHERE name = ?")) {
            q.setString(1, sourceName);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    long ms = rs.getLong(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read a source interval", e);
        }
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
        return StateDb.update(db, sql, args);
    }

    private void inTransaction(Runnable work) {
        StateDb.inTransaction(db, work);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return StateDb.instant(rs, column);
    }

    private static String truncate(String s) {
        return StateDb.truncate(s);
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return StateDb.failure(what, e);
    }
}
