package org.policywatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
    private final UrlCanonicalizer urls = new UrlCanonicalizer();

    @Test
    void stripsTrackingParametersAndFragment() {
        assertThat(urls.canonicalize("https://News.Example.TEST:443/a/b?utm_source=x&id=7&fbclid=abc&gclid=1"
                + "&mc_cid=2&UTM_Medium=y#comments", null)).isEqualTo("https://news.example.test/a/b?id=7");
        assertThat(urls.canonicalize("http://example.test:80/?utm_campaign=z", null)).isEqualTo("http://example.test/");
        assertThat(urls.canonicalize("http://example.test:8080/x", null)).isEqualTo("http://example.test:8080/x");
    }

    @Test
    void resolvesRelativeCanonicalAgainstThePage() {
        assertThat(urls.canonicalize("/story/1?ref_src=tw", "https://example.test/section/page?utm_source=a"))
                .isEqualTo("https://example.test/story/1");
        assertThat(urls.canonicalize("../other", "https://example.test/a/b/c")).isEqualTo("https://example.test/a/other");
        assertThat(urls.canonicalize(null, "https://example.test/a#x")).isEqualTo("https://example.test/a");
    }

    @Test
    void rejectsWhatIsNotAUrl() {
        assertThat(urls.canonicalize("not a url", null)).isNull();
        assertThat(urls.canonicalize(null, null)).isNull();
        assertThat(urls.canonicalize("https://exa mple.test/a b", null)).isNotNull();
    }

    @Test
    void knowsTrackingParameters() {
        assertThat(UrlCanonicalizer.isTracking("utm_content")).isTrue();
        assertThat(UrlCanonicalizer.isTracking("fbclid")).isTrue();
        assertThat(UrlCanonicalizer.isTracking("page")).isFalse();
        assertThat(UrlCanonicalizer.isTracking("id")).isFalse();
    }
}
