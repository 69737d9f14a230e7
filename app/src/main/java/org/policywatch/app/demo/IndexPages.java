package org.policywatch.app.demo;

import static org.policywatch.app.demo.Html.esc;

import java.util.List;

/** The homepage, the section and desk listings and the 404 page. */
final class IndexPages {

    private IndexPages() {
    }

    /** The homepage: the newest story as the lead, then teasers of every story. */
    static String home(SiteChrome c) {
        List<DemoStory> stories = c.stories();
        StringBuilder p = new StringBuilder(c.head(SiteChrome.OUTLET + " – International news and analysis",
                "Independent reporting on justice, health and human rights from around the world.",
                c.baseUrl() + "/", "", "home"));
        p.append(c.cookieNotice()).append(c.masthead(null)).append(c.ticker(null)).append("<main id=\"content\">\n");
        if (!stories.isEmpty()) {
            DemoStory lead = stories.get(0);
            p.append("<section class=\"lead-story\">\n").append(c.figure(lead, "lead-figure"))
                    .append("<h2><a href=\"").append(esc(lead.article().url())).append("\">")
                    .append(esc(lead.article().title())).append("</a></h2>\n<p>").append(esc(lead.article().standfirst()))
                    .append("</p>\n</section>\n");
        }
        p.append("<section class=\"latest\">\n<h2>Latest</h2>\n<div class=\"grid\">\n");
        for (int i = 0; i < stories.size(); i++) {
            // every third teaser carries campaign parameters, like real homepages do
            String query = i % 3 == 1 ? "?utm_source=homepage&utm_medium=teaser&utm_campaign=latest" : "";
            p.append(c.teaser(stories.get(i), query, true));
        }
        p.append("</div>\n</section>\n").append(c.newsletter("the Morning Briefing")).append("</main>\n<aside class=\"sidebar\">\n")
                .append(c.mostRead()).append("</aside>\n");
        return p.append(c.footer()).toString();
    }

    /** A section page listing the section's stories. */
    static String section(SiteChrome c, DemoSection section) {
        List<DemoStory> stories = c.stories().stream().filter(s -> s.section() == section).toList();
        return listing(c, section, section.labelHtml(), c.baseUrl() + section.path(), stories);
    }

    /** A desk page (/magazine/ or /wire/) listing the stories rendered with one template. */
    static String desk(SiteChrome c, PageTemplate template, String titleHtml, String path) {
        List<DemoStory> stories = c.stories().stream().filter(s -> s.template() == template).toList();
        return listing(c, null, titleHtml, c.baseUrl() + path, stories);
    }

    private static String listing(SiteChrome c, DemoSection current, String titleHtml, String canonical,
            List<DemoStory> stories) {
        String plainTitle = titleHtml.replace("&amp;", "&");
        StringBuilder p = new StringBuilder(c.head(plainTitle + " | " + SiteChrome.OUTLET,
                "The latest " + plainTitle + " stories from " + SiteChrome.OUTLET + ".", canonical, "", "section"));
        p.append(c.cookieNotice()).append(c.masthead(current)).append(c.ticker(null))
                .append("<main id=\"content\">\n<h1 class=\"section-title\">").append(titleHtml).append("</h1>\n<div class=\"grid\">\n");
        stories.forEach(s -> p.append(c.teaser(s, "", true)));
        if (stories.isEmpty()) {
            p.append("<p>No stories yet.</p>\n");
        }
        p.append("</div>\n</main>\n<aside class=\"sidebar\">\n").append(c.mostRead()).append(c.newsletter("the Morning Briefing"))
                .append("</aside>\n");
        return p.append(c.footer()).toString();
    }

    /** The page served with status 404. */
    static String notFound(SiteChrome c) {
        StringBuilder p = new StringBuilder(c.head("Page not found | " + SiteChrome.OUTLET,
                "The page you were looking for does not exist.", null, "<meta name=\"robots\" content=\"noindex\">\n",
                "error-404"));
        p.append(c.masthead(null)).append("<main id=\"content\">\n<h1>Sorry, we can&#39;t find that page</h1>\n")
                .append("<p>It may have been moved or deleted. Try the <a href=\"/\">homepage</a> or one of these stories:</p>\n<ul>\n");
        c.stories().stream().limit(5).forEach(s -> p.append("<li><a href=\"").append(esc(s.article().url())).append("\">")
                .append(esc(s.article().title())).append("</a></li>\n"));
        p.append("</ul>\n</main>\n");
        return p.append(c.footer()).toString();
    }
}
