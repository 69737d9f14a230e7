package org.policywatch.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the demo articles from the class path: {@code demo/articles/index.txt} names one
 * article file a line (blank lines and {@code #} comments ignored).
 */
final class DemoContent {

    static final String ROOT = "demo/articles/";
    private static final int MAX_FILE_BYTES = 256 * 1024;

    private DemoContent() {
    }

    /** All stories, newest first. */
    static List<DemoStory> load() {
        List<DemoStory> stories = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (String line : read(ROOT + "index.txt").lines().toList()) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            DemoStory story = DemoArticleParser.parse(file, read(ROOT + file));
            if (!slugs.add(story.article().slug())) {
                throw new IllegalStateException("duplicate demo slug: " + story.article().slug());
            }
            stories.add(story);
        }
        stories.sort(Comparator.comparing((DemoStory s) -> s.article().publishedAt()).reversed());
        return List.copyOf(stories);
    }

    private static String read(String resource) {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + resource);
            }
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new IllegalStateException("demo resource too large: " + resource);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo resource " + resource, e);
        }
    }
}
