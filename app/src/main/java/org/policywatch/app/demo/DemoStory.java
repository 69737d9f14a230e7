package org.policywatch.app.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * An article together with the presentation details its page needs.
 *
 * @param article      the article (its {@code url} is the site-relative path while parsing,
 *                     absolute once the site is built)
 * @param dateline     place name for wire datelines ("PHNOM PENH"), never blank
 * @param imageCaption caption of the lead photograph
 * @param imageCredit  photo credit
 * @param pullQuote    a sentence of the body repeated as a pull quote
 * @param modifiedAt   last update, not before {@code publishedAt}
 */
record DemoStory(
        DemoArticle article,
        String dateline,
        String imageCaption,
        String imageCredit,
        String pullQuote,
        Instant modifiedAt) {

    DemoStory {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(imageCaption, "imageCaption");
        Objects.requireNonNull(imageCredit, "imageCredit");
        Objects.requireNonNull(pullQuote, "pullQuote");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        if (modifiedAt.isBefore(article.publishedAt())) {
            throw new IllegalArgumentException(article.slug() + ": modified before published");
        }
    }

    PageTemplate template() {
        return PageTemplate.fromId(article.template());
    }

    DemoSection section() {
        return DemoSection.fromSlug(article.section());
    }

    /** The story with its article moved to an absolute URL under {@code baseUrl}. */
    DemoStory at(String baseUrl) {
        return new DemoStory(article.withUrl(baseUrl + template().path(article)),
                dateline, imageCaption, imageCredit, pullQuote, modifiedAt);
    }
}
