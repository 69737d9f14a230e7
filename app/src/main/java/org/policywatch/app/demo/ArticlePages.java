package org.policywatch.app.demo;

import static org.policywatch.app.demo.Html.esc;

import java.util.List;

/**
 * Renders an article page with its template: {@code classic} (JSON-LD NewsArticle),
 * {@code feature} (OpenGraph and {@code article:published_time}) or {@code briefing}
 * (a wire dateline, a visible date and {@code <time datetime>}).
 */
final class ArticlePages {

    private ArticlePages() {
    }

    static String render(DemoStory story, SiteChrome chrome) {
        return switch (story.template()) {
            case CLASSIC -> classic(story, chrome);
            case FEATURE -> feature(story, chrome);
            case BRIEFING -> briefing(story, chrome);
        };
    }

    private static String classic(DemoStory s, SiteChrome c) {
        DemoArticle a = s.article();
        String jsonLd = "<script type=\"application/ld+json\">\n{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":" + Html.json(a.title()) + ",\"description\":" + Html.json(a.standfirst())
                + ",\"datePublished\":" + Html.json(Html.iso(a.publishedAt()))
                + ",\"dateModified\":" + Html.json(Html.iso(s.modifiedAt()))
                + ",\"author\":[{\"@type\":\"Person\",\"name\":" + Html.json(a.author()) + "}]"
                + ",\"publisher\":{\"@type\":\"Organization\",\"name\":" + Html.json(SiteChrome.OUTLET)
                + ",\"logo\":{\"@type\":\"ImageObject\",\"url\":" + Html.json(c.baseUrl() + "/static/logo.png") + "}}"
                + ",\"image\":[" + Html.json(c.baseUrl() + "/img/" + a.slug() + ".svg") + "]"
                + ",\"articleSection\":" + Html.json(a.section())
                + ",\"mainEntityOfPage\":" + Html.json(a.url()) + "}\n</script>\n";
        StringBuilder p = new StringBuilder(c.head(a.title() + " | " + SiteChrome.OUTLET, a.standfirst(), a.url(), jsonLd,
                "article classic"));
        p.append(c.cookieNotice()).append(c.masthead(s.section())).append(c.ticker(s))
                .append("<div class=\"ad-slot leaderboard\">Advertisement</div>\n")
                .append("<main id=\"content\">\n<nav class=\"breadcrumb\"><a href=\"/\">Home</a> &rsaquo; <a href=\"")
                .append(s.section().path()).append("\">").append(s.section().labelHtml()).append("</a></nav>\n")
                .append("<article class=\"story\">\n<header>\n<h1 class=\"headline\">").append(esc(a.title())).append("</h1>\n")
                .append("<p class=\"standfirst\">").append(esc(a.standfirst())).append("</p>\n")
                .append("<p class=\"byline\">By <a rel=\"author\" href=\"/profile/").append(esc(authorSlug(a.author())))
                .append("\">").append(esc(a.author())).append("</a> <span class=\"date\">")
                .append(Html.LONG_DATE.format(a.publishedAt())).append("</span></p>\n")
                .append(c.share(s)).append("</header>\n<div class=\"article-body\">\n");
        List<DemoStory> related = c.related(s, 4);
        List<String> paragraphs = a.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            p.append("<p>").append(esc(paragraphs.get(i))).append("</p>\n");
            if (i == 0) {
                p.append(c.figure(s, "inline-figure"));
            } else if (i == 2) {
                p.append("<blockquote class=\"pull-quote\"><p>").append(esc(s.pullQuote())).append("</p></blockquote>\n");
            } else if (i == 4 && !related.isEmpty()) {
                p.append("<aside class=\"read-more\"><strong>Read more:</strong> <a href=\"")
                        .append(esc(related.get(0).article().url())).append("?ref=inline\">")
                        .append(esc(related.get(0).article().title())).append("</a></aside>\n");
            }
        }
        p.append("</div>\n<footer class=\"article-footer\">\n<ul class=\"tags\"><li><a href=\"").append(s.section().path())
                .append("\">").append(s.section().labelHtml()).append("</a></li></ul>\n").append(c.share(s))
                .append("</footer>\n</article>\n").append(c.newsletter("the Morning Briefing"))
                .append("<section class=\"related\">\n<h2>Related stories</h2>\n");
        related.forEach(r -> p.append(c.teaser(r, "?ref=related", false)));
        p.append("</section>\n").append(c.comments(s)).append("</main>\n<aside class=\"sidebar\">\n")
                .append(c.mostRead()).append("<div class=\"ad-slot mpu\">Advertisement</div>\n</aside>\n");
        return p.append(c.footer()).toString();
    }

    private static String feature(DemoStory s, SiteChrome c) {
        DemoArticle a = s.article();
        String og = meta("og:type", "article") + meta("og:site_name", SiteChrome.OUTLET + " Magazine")
                + meta("og:title", a.title()) + meta("og:description", a.standfirst()) + meta("og:url", a.url())
                + meta("og:image", c.baseUrl() + "/img/" + a.slug() + ".svg")
                + meta("article:published_time", Html.iso(a.publishedAt()))
                + meta("article:modified_time", Html.iso(s.modifiedAt()))
                + meta("article:section", a.section()) + meta("article:author", a.author())
                + "<meta name=\"author\" content=\"" + esc(a.author()) + "\">\n";
        StringBuilder p = new StringBuilder(c.head(a.title() + " – " + SiteChrome.OUTLET + " Magazine", a.standfirst(),
                a.url(), og, "article feature longform"));
        int words = a.paragraphs().stream().mapToInt(x -> x.split("\\s+").length).sum();
        p.append(c.cookieNotice()).append(c.masthead(s.section())).append(c.ticker(s))
                .append("<main id=\"content\" class=\"magazine\">\n<div class=\"hero\">\n").append(c.figure(s, "hero-figure"))
                .append("<div class=\"hero-text\">\n<p class=\"kicker\"><a href=\"/magazine/\">Magazine</a> / ")
                .append(s.section().labelHtml()).append("</p>\n<h1>").append(esc(a.title())).append("</h1>\n")
                .append("<p class=\"dek\">").append(esc(a.standfirst())).append("</p>\n")
                .append("<p class=\"credits\">Words by <span class=\"author\">").append(esc(a.author()))
                .append("</span> &middot; Photographs by ").append(esc(s.imageCredit())).append(" &middot; ")
                .append(Math.max(1, words / 230)).append(" min read</p>\n</div>\n</div>\n")
                .append(c.share(s)).append("<section class=\"longform-body\">\n");
        List<String> paragraphs = a.paragraphs();
        int pullAt = Math.min(3, paragraphs.size() - 1);
        for (int i = 0; i < paragraphs.size(); i++) {
            p.append(i == 0 ? "<p class=\"dropcap\">" : "<p>").append(esc(paragraphs.get(i))).append("</p>\n");
            if (i == pullAt) {
                p.append("<aside class=\"pull\" aria-hidden=\"true\"><p>&ldquo;").append(esc(s.pullQuote()))
                        .append("&rdquo;</p></aside>\n");
            }
            if (i == paragraphs.size() / 2) {
                p.append(c.newsletter("Meridian Magazine Weekly"));
            }
        }
        p.append("</section>\n<section class=\"author-bio\"><p><strong>").append(esc(a.author()))
                .append("</strong> writes long-form features for ").append(SiteChrome.OUTLET)
                .append(" Magazine. <a href=\"/magazine/\">More from the magazine</a></p></section>\n")
                .append(c.share(s)).append("<section class=\"more-magazine\">\n<h2>More from Meridian Magazine</h2>\n<div class=\"grid\">\n");
        c.related(s, 3).forEach(r -> p.append(c.teaser(r, "?utm_source=magazine&utm_medium=endcard", true)));
        p.append("</div>\n</section>\n").append(c.comments(s)).append("</main>\n");
        return p.append(c.footer()).toString();
    }

    private static String briefing(DemoStory s, SiteChrome c) {
        DemoArticle a = s.article();
        String extra = "<meta name=\"twitter:card\" content=\"summary\">\n<meta name=\"twitter:title\" content=\""
                + esc(a.title()) + "\">\n";
        StringBuilder p = new StringBuilder(c.head(a.title() + " - Meridian Wire", a.standfirst(), a.url(), extra,
                "article wire"));
        p.append(c.cookieNotice()).append(c.masthead(null)).append(c.ticker(s))
                .append("<main id=\"content\" class=\"wire\">\n<div class=\"wire-band\">MERIDIAN WIRE &middot; ")
                .append(s.section().labelHtml()).append("</div>\n<h1>").append(esc(a.title())).append("</h1>\n")
                .append("<p class=\"summary\">").append(esc(a.standfirst())).append("</p>\n")
                .append("<p class=\"timestamp\"><time datetime=\"").append(Html.iso(a.publishedAt())).append("\">Published ")
                .append(Html.WIRE_TIME.format(a.publishedAt())).append("</time>");
        if (s.modifiedAt().isAfter(a.publishedAt())) {
            p.append(" &middot; Updated ").append(Html.WIRE_TIME.format(s.modifiedAt()));
        }
        p.append("</p>\n").append(c.share(s)).append(c.figure(s, "wire-photo")).append("<div class=\"wire-body\">\n");
        List<String> paragraphs = a.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            p.append("<p>");
            if (i == 0) {
                p.append("<span class=\"dateline\">").append(esc(s.dateline())).append(", ")
                        .append(Html.DATELINE.format(a.publishedAt())).append(" (Meridian Wire) &ndash;</span> ");
            }
            p.append(esc(paragraphs.get(i))).append("</p>\n");
            if (i == 1) {
                p.append("<aside class=\"quote-card\"><p>").append(esc(s.pullQuote())).append("</p></aside>\n");
            }
        }
        p.append("<p class=\"wire-credits\">Reporting by ").append(esc(a.author()))
                .append("; editing by the Meridian Wire desk</p>\n</div>\n<section class=\"more-wire\">\n<h2>More from the wire</h2>\n<ul>\n");
        c.related(s, 5).forEach(r -> p.append("<li><a href=\"").append(esc(r.article().url())).append("\">")
                .append(esc(r.article().title())).append("</a> <span class=\"when\">")
                .append(Html.WIRE_TIME.format(r.article().publishedAt())).append("</span></li>\n"));
        p.append("</ul>\n<p><a href=\"/wire/\">Read more wire stories &raquo;</a></p>\n</section>\n")
                .append(c.newsletter("Wire Alerts")).append(c.comments(s)).append("</main>\n");
        return p.append(c.footer()).toString();
    }

    private static String meta(String property, String content) {
        return "<meta property=\"" + property + "\" content=\"" + esc(content) + "\">\n";
    }

    private static String authorSlug(String author) {
        return author.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
