package org.policywatch.app.demo;

import static org.policywatch.app.demo.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The boilerplate every page of the demo outlet shares: head, cookie notice, masthead with
 * navigation, breaking-news ticker, teasers, share buttons, newsletter box, comments and footer.
 * Everything inserted from article data is HTML-escaped.
 */
final class SiteChrome {

    /** Display name of the demo outlet. */
    static final String OUTLET = "Meridian Daily";

    private final String baseUrl;
    private final List<DemoStory> stories;

    /**
     * @param baseUrl absolute base URL of the site, without trailing slash
     * @param stories all stories with absolute URLs, newest first
     */
    SiteChrome(String baseUrl, List<DemoStory> stories) {
        this.baseUrl = baseUrl;
        this.stories = List.copyOf(stories);
    }

    String baseUrl() {
        return baseUrl;
    }

    List<DemoStory> stories() {
        return stories;
    }

    /** Doctype, head (title, description, canonical, feed link, extra tags) and the opening body tag. */
    String head(String title, String description, String canonical, String extraHead, String bodyClass) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n"
                + "<meta name=\"description\" content=\"" + esc(description) + "\">\n"
                + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + esc(canonical) + "\">\n")
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"" + OUTLET
                + " - all stories\" href=\"" + esc(baseUrl) + "/rss.xml\">\n"
                + "<link rel=\"stylesheet\" href=\"/static/site.css?v=41\">\n"
                + extraHead
                + "<script async src=\"/static/analytics.js\"></script>\n"
                + "</head>\n<body class=\"" + esc(bodyClass) + "\">\n";
    }

    String cookieNotice() {
        return "<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\" aria-label=\"Cookie notice\">\n"
                + "<p>We use cookies to remember your preferences, measure traffic and show relevant adverts. "
                + "You can change your choice at any time in <a href=\"/privacy#cookies\">cookie settings</a>.</p>\n"
                + "<button type=\"button\" class=\"accept\">Accept all</button> "
                + "<button type=\"button\" class=\"reject\">Reject non-essential</button>\n</div>\n";
    }

    /** Masthead with the navigation menu; {@code current} may be null. */
    String masthead(DemoSection current) {
        StringBuilder nav = new StringBuilder();
        nav.append("<header class=\"masthead\">\n<div class=\"topbar\"><span class=\"edition\">International edition</span>")
                .append(" <a href=\"/subscribe\">Subscribe</a> <a href=\"/login\">Log in</a></div>\n")
                .append("<a class=\"logo\" href=\"/\">").append(OUTLET).append("</a>\n")
                .append("<form class=\"search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" ")
                .append("placeholder=\"Search\"><button>Go</button></form>\n<nav class=\"primary\" aria-label=\"Sections\">\n<ul>\n")
                .append("<li><a href=\"/\">Home</a></li>\n");
        for (DemoSection s : DemoSection.values()) {
            nav.append("<li").append(s == current ? " class=\"active\"" : "").append("><a href=\"")
                    .append(s.path()).append("\">").append(s.labelHtml()).append("</a></li>\n");
        }
        nav.append("<li><a href=\"/magazine/\">Magazine</a></li>\n<li><a href=\"/wire/\">Wire</a></li>\n</ul>\n</nav>\n</header>\n");
        return nav.toString();
    }

    /** Breaking-news ticker with the three newest stories other than {@code exclude} (may be null). */
    String ticker(DemoStory exclude) {
        StringBuilder t = new StringBuilder("<div class=\"ticker\" aria-live=\"polite\"><strong>Breaking</strong>\n<ul>\n");
        stories.stream().filter(s -> s != exclude).limit(3).forEach(s -> t.append("<li><a href=\"")
                .append(esc(s.article().url())).append("?utm_source=ticker\">").append(esc(s.article().title()))
                .append("</a></li>\n"));
        return t.append("</ul>\n</div>\n").toString();
    }

    /** The lead photograph with caption and credit. */
    String figure(DemoStory story, String cssClass) {
        DemoArticle a = story.article();
        return "<figure class=\"" + esc(cssClass) + "\">\n<img src=\"/img/" + esc(a.slug()) + ".svg\" alt=\""
                + esc(story.imageCaption()) + "\" width=\"1200\" height=\"675\" loading=\"lazy\">\n"
                + "<figcaption>" + esc(story.imageCaption()) + " <span class=\"credit\">Photograph: "
                + esc(story.imageCredit()) + "</span></figcaption>\n</figure>\n";
    }

    /** Share buttons for the canonical URL. */
    String share(DemoStory story) {
        String url = Html.urlParam(story.article().url());
        String title = Html.urlParam(story.article().title());
        return "<div class=\"share\" aria-label=\"Share this article\"><span>Share</span>\n"
                + "<a class=\"share-x\" href=\"https://x.com/intent/post?url=" + esc(url) + "&amp;text=" + esc(title) + "\">X</a>\n"
                + "<a class=\"share-fb\" href=\"https://www.facebook.com/sharer/sharer.php?u=" + esc(url) + "\">Facebook</a>\n"
                + "<a class=\"share-wa\" href=\"https://wa.me/?text=" + esc(url) + "\">WhatsApp</a>\n"
                + "<a class=\"share-mail\" href=\"mailto:?subject=" + esc(title) + "&amp;body=" + esc(url) + "\">Email</a>\n"
                + "<button type=\"button\" class=\"copy-link\">Copy link</button>\n</div>\n";
    }

    String newsletter(String listName) {
        return "<aside class=\"newsletter\">\n<h2>Sign up to " + esc(listName) + "</h2>\n"
                + "<p>The stories that matter, in your inbox every weekday morning. Free, and you can unsubscribe at any time.</p>\n"
                + "<form action=\"/newsletters/subscribe\" method=\"post\"><label>Email address "
                + "<input type=\"email\" name=\"email\" required></label>\n<button type=\"submit\">Sign up</button></form>\n"
                + "<p class=\"small\">By signing up you agree to our <a href=\"/privacy\">privacy policy</a>.</p>\n</aside>\n";
    }

    /**
     * Up to {@code n} other stories, same section first, then the newest.
     */
    List<DemoStory> related(DemoStory story, int n) {
        List<DemoStory> out = new ArrayList<>();
        stories.stream().filter(s -> s != story && s.section() == story.section()).limit(n).forEach(out::add);
        stories.stream().filter(s -> s != story && !out.contains(s))
                .sorted(Comparator.comparing((DemoStory s) -> s.article().onTopic() != story.article().onTopic()))
                .limit(Math.max(0, n - out.size())).forEach(out::add);
        return out;
    }

    /** A teaser card; {@code query} (may be empty) is appended to the link, as sites do for tracking. */
    String teaser(DemoStory s, String query, boolean withStandfirst) {
        DemoArticle a = s.article();
        return "<article class=\"teaser\">\n<span class=\"kicker\">" + s.section().labelHtml() + "</span>\n"
                + "<h3><a href=\"" + esc(a.url() + query) + "\">" + esc(a.title()) + "</a></h3>\n"
                + (withStandfirst ? "<p>" + esc(a.standfirst()) + "</p>\n" : "")
                + "<span class=\"teaser-date\">" + Html.LONG_DATE.format(a.publishedAt()) + "</span>\n</article>\n";
    }

    /** The "Most read" box: the five newest stories. */
    String mostRead() {
        StringBuilder b = new StringBuilder("<aside class=\"most-read\">\n<h2>Most read</h2>\n<ol>\n");
        stories.stream().limit(5).forEach(s -> b.append("<li><a href=\"").append(esc(s.article().url()))
                .append("?ref=mostread\">").append(esc(s.article().title())).append("</a></li>\n"));
        return b.append("</ol>\n</aside>\n").toString();
    }

    String comments(DemoStory story) {
        List<ReaderComments.Comment> comments = ReaderComments.forArticle(story.article());
        StringBuilder c = new StringBuilder("<section class=\"comments\" id=\"comments\">\n<h2>Comments (")
                .append(comments.size()).append(")</h2>\n<p class=\"rules\">Comments are moderated. "
                        + "Please read our <a href=\"/community-standards\">community standards</a>.</p>\n");
        for (ReaderComments.Comment comment : comments) {
            c.append("<div class=\"comment\">\n<p class=\"comment-meta\"><span class=\"handle\">").append(esc(comment.handle()))
                    .append("</span> <span class=\"ago\">").append(esc(comment.ago())).append("</span></p>\n")
                    .append("<p class=\"comment-body\">").append(esc(comment.text())).append("</p>\n")
                    .append("<a class=\"reply\" href=\"#comments\">Reply</a> <a class=\"report\" href=\"#comments\">Report</a>\n</div>\n");
        }
        return c.append("<form class=\"comment-form\"><textarea name=\"comment\" placeholder=\"Join the conversation\">")
                .append("</textarea><button>Post</button></form>\n</section>\n").toString();
    }

    String footer() {
        StringBuilder f = new StringBuilder("<footer class=\"site-footer\">\n<nav aria-label=\"Footer\">\n<ul>\n");
        for (DemoSection s : DemoSection.values()) {
            f.append("<li><a href=\"").append(s.path()).append("\">").append(s.labelHtml()).append("</a></li>\n");
        }
        return f.append("</ul>\n<ul>\n<li><a href=\"/about\">About us</a></li>\n<li><a href=\"/contact\">Contact</a></li>\n")
                .append("<li><a href=\"/corrections\">Corrections</a></li>\n<li><a href=\"/privacy\">Privacy</a></li>\n")
                .append("<li><a href=\"/terms\">Terms</a></li>\n<li><a href=\"/rss.xml\">RSS</a></li>\n")
                .append("<li><a href=\"/advertise\">Advertise with us</a></li>\n</ul>\n</nav>\n")
                .append("<p class=\"copyright\">&copy; 2026 ").append(OUTLET)
                .append(". All rights reserved. Registered office: 14 Quay Street.</p>\n</footer>\n</body>\n</html>\n")
                .toString();
    }
}
