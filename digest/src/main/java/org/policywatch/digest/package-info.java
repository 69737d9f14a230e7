/**
 * Weekly digests of the coverage PolicyWatch indexed: selection, incident grouping, rendering
 * (HTML, Markdown, Atom), scheduling and SMTP delivery.
 */
package org.policywatch.digest;
