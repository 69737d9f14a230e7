package org.policywatch.crawler.discover;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the article links of an RSS or Atom feed with Rome (doctypes refused, so no external
 * entities). Pure and thread-safe.
 */
public final class FeedReader {
    /** Most entries taken from one feed. */
    public static final int MAX_ENTRIES = 1000;

    private FeedReader() {
    }

    /** Thrown when bytes are not a readable feed. */
    public static final class BadFeedException extends Exception {
        private static final long serialVersionUID = 1L;

        BadFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The entry links of a feed, resolved against the feed URL and normalised, in feed order.
     *
     * @throws BadFeedException if the bytes are not RSS or Atom
     */
    public static List<String> articleLinks(byte[] feed, String feedUrl) throws BadFeedException {
        SyndFeed parsed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(feed), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            parsed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new BadFeedException("not a readable feed: " + e.getMessage(), e);
        }
        Set<String> links = new LinkedHashSet<>();
        for (SyndEntry entry : parsed.getEntries()) {
            if (links.size() >= MAX_ENTRIES) {
                break;
            }
            String link = entryLink(entry);
            if (link != null) {
                ArticleUrls.normalize(link, feedUrl).ifPresent(links::add);
            }
        }
        return List.copyOf(links);
    }

    private static String entryLink(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink l : entry.getLinks()) {
            if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                return l.getHref();
            }
        }
        String uri = entry.getUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
    }
}
