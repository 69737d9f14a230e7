package org.policywatch.app.demo;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The three article layouts of the demo outlet. Each has its own URL scheme and its own
 * way of publishing metadata, the way different desks of a real site do.
 */
enum PageTemplate {
    /** Classic newspaper page: JSON-LD NewsArticle, URL with the date in folders. */
    CLASSIC("classic"),
    /** Magazine long read: OpenGraph and article:published_time, URL under /magazine/. */
    FEATURE("feature"),
    /** Wire briefing: a dateline, a visible date and {@code <time datetime>}, URL under /wire/. */
    BRIEFING("briefing");

    private static final DateTimeFormatter FOLDERS =
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final String id;

    PageTemplate(String id) {
        this.id = id;
    }

    /** The value stored in {@link DemoArticle#template()}. */
    String id() {
        return id;
    }

    /** Site-relative path of an article rendered with this template. */
    String path(DemoArticle a) {
        return switch (this) {
            case CLASSIC -> "/" + a.section() + "/" + FOLDERS.format(a.publishedAt()) + "/" + a.slug() + ".html";
            case FEATURE -> "/magazine/" + a.slug() + "/";
            case BRIEFING -> "/wire/" + COMPACT.format(a.publishedAt()) + "-" + a.slug();
        };
    }

    static PageTemplate fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (PageTemplate t : values()) {
            if (t.id.equals(wanted)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown template: " + id);
    }
}
