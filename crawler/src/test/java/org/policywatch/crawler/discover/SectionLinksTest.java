package org.policywatch.crawler.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionLinksTest {
    private static final String HOME = """
            <html><body>
              <header><a href="/">Home</a><a href="/about">About us</a></header>
              <nav class="main-menu">
                <a href="/politics/">Politics</a><a href="/health">Health</a>
                <a href="/tag/cannabis">Cannabis</a><a href="/author/ana">Ana</a><a href="/contact">Contact</a>
                <a href="/2025/05/minister-resigns-over-drug-bill">Top story</a>
                <a href="/search?q=drugs">Search</a><a href="https://other.example/world">Elsewhere</a>
                <a href="/feed.xml">RSS</a><a href="/a/b/c">Deep</a>
              </nav>
              <main>
                <a href="/news/">All news</a><a href="/section/courts">Courts</a>
                <a href="/category/harm-reduction">Harm reduction</a>
                <a href="/random-page">Not a menu link</a><a href="/news/123456">An article</a>
                <a href="/politics/">Politics again</a>
              </main>
            </body></html>""";

    @Test
    void menuLinksThenSectionNamedLinksWithoutFurnitureOrArticles() {
        assertThat(SectionLinks.sections(HOME, "https://news.example/")).containsExactly(
                "https://news.example/politics/", "https://news.example/health",
                "https://news.example/news/", "https://news.example/section/courts",
                "https://news.example/category/harm-reduction");
    }

    @Test
    void boundedInNumber() {
        StringBuilder html = new StringBuilder("<nav>");
        for (int i = 0; i < 40; i++) {
            html.append("<a href=\"/section/s").append(i).append("\">s</a>");
        }
        html.append("</nav>");
        assertThat(SectionLinks.sections(html.toString(), "https://news.example/")).hasSize(SectionLinks.MAX_SECTIONS);
    }

    @Test
    void malformedHtmlIsSurvived() {
        assertThat(SectionLinks.sections("<nav><a href=\"/news/\"<<div></nav", "https://news.example/")).isNotNull();
        assertThat(SectionLinks.sections("", "https://news.example/")).isEmpty();
    }
}
