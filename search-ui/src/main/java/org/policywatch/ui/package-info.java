/**
 * The web interface of PolicyWatch: {@link org.policywatch.ui.SearchApp} serves the search
 * pages, article pages, a JSON API, health and Prometheus metrics over an
 * {@link org.policywatch.indexer.ArticleIndex}. Pages are jte templates precompiled at build
 * time with HTML escaping; every crawled text is treated as hostile.
 */
package org.policywatch.ui;
