/**
 * The demo outlet: a small, self-contained news site served over HTTP on the loopback
 * interface, so that {@code policywatch run} shows real content on a machine without
 * internet access and the end-to-end test has something realistic to crawl.
 *
 * <p>The articles are original fixtures stored as resources under {@code demo/articles/}.
 * Everything except {@link org.policywatch.app.demo.DemoOutlet} is pure: parsing the
 * article files, rendering the three page templates, the RSS feed, the news sitemap and
 * robots.txt, and deciding conditional-GET answers. The outlet is the thin HTTP edge.
 */
package org.policywatch.app.demo;
