/**
 * Finding article URLs and the rules for fetching them: robots.txt
 * ({@link org.policywatch.crawler.discover.RobotsPolicy}), RSS/Atom feeds
 * ({@link org.policywatch.crawler.discover.FeedReader}), sitemaps and news sitemaps
 * ({@link org.policywatch.crawler.discover.SitemapReader}), feed autodiscovery and article links
 * on home and section pages ({@link org.policywatch.crawler.discover.HomepageLinks}), section pages
 * for outlets without feeds or sitemaps ({@link org.policywatch.crawler.discover.SectionLinks}),
 * all pure, tied together per source by {@link org.policywatch.crawler.discover.SourceDiscoverer}.
 */
package org.policywatch.crawler.discover;
