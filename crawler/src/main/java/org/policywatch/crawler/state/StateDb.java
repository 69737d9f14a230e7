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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.policywatch.crawler.dedup.NearDuplicates;
import org.policywatch.crawler.dedup.SimHash;

/** The crawl state's schema and SQL helpers; callers hold the {@link CrawlState} lock. */
final class StateDb {
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
        "CREATE TABLE IF NOT EXISTS sources (name TEXT PRIMARY KEY, last_visit INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS simhash_bands (band INTEGER NOT NULL, value INTEGER NOT NULL, url TEXT NOT NULL,"
            + " PRIMARY KEY (band, value, url)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS versions (article_id TEXT PRIMARY KEY, url TEXT NOT NULL, version INTEGER NOT NULL,"
            + " content_hash TEXT, fetched_at INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS versions_url ON versions (url, version)"
    };
    /** Columns added after the first release: added to older state files on open. */
    private static final String[][] ADDED_COLUMNS = {
        {"urls", "simhash", "INTEGER"}, {"urls", "duplicate_of", "TEXT"},
        {"urls", "version", "INTEGER NOT NULL DEFAULT 1"}, {"urls", "first_fetched_at", "INTEGER"},
        {"urls", "revisits", "INTEGER NOT NULL DEFAULT 0"}, {"urls", "revisit_at", "INTEGER"},
        {"sources", "interval_ms", "INTEGER"}
    };

    private StateDb() {
    }

    /** Opens the database at {@code file}, creating or upgrading its schema. */
    static Connection connect(Path file) {
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
                for (String[] column : ADDED_COLUMNS) {
                    addColumnIfMissing(c, column[0], column[1], column[2]);
                }
                s.execute("CREATE INDEX IF NOT EXISTS urls_revisit ON urls (source, status, revisit_at)");
                s.executeUpdate("UPDATE urls SET status = 'queued' WHERE status = 'in_flight'");
                s.executeUpdate("UPDATE urls SET status = 'done' WHERE status = 'revisiting'");
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the crawl state " + file + ": " + e.getMessage(), e);
        }
    }

    /** Articles sharing a SimHash band with {@code simhash}, done or being sent, other than {@code url}. */
    static List<NearDuplicates.Candidate> nearCandidates(Connection db, String url, long simhash) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT u.url, u.article_id, u.simhash FROM simhash_bands b"
                + " JOIN urls u ON u.url = b.url WHERE u.url <> ? AND u.status IN ('done', 'in_flight', 'revisiting')"
                + " AND u.simhash IS NOT NULL AND (");
        for (int band = 0; band < SimHash.BANDS; band++) {
            sql.append(band == 0 ? "" : " OR ").append("(b.band = ").append(band).append(" AND b.value = ?)");
        }
        sql.append(") ORDER BY u.fetched_at, u.discovered_at, u.url");
        List<NearDuplicates.Candidate> found = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql.toString())) {
            q.setString(1, url);
            for (int band = 0; band < SimHash.BANDS; band++) {
                q.setInt(band + 2, SimHash.band(simhash, band));
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(new NearDuplicates.Candidate(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw failure("find near duplicates", e);
        }
        return found;
    }

    static int update(Connection db, String sql, Object... args) {
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

    static void inTransaction(Connection db, Runnable work) {
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

    private static void addColumnIfMissing(Connection c, String table, String column, String type)
            throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                if (rs.getString("name").equalsIgnoreCase(column)) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR_CHARS ? s : s.substring(0, MAX_ERROR_CHARS);
    }

    static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("crawl state: cannot " + what + ": " + e.getMessage(), e);
    }
}
