package org.policywatch.crawler.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cleans article URLs: resolves them against the page URL, lower-cases scheme and host, drops the
 * default port, the fragment and tracking parameters (utm_*, fbclid, gclid and the like).
 * Stateless and thread-safe.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
            "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "mkt_tok", "ocid", "cmpid", "cmp", "s_cid",
            "ncid", "ref_src", "ref_url", "smid", "sr_share", "spm", "share", "_hsenc", "_hsmi",
            "__twitter_impression", "oly_anon_id", "oly_enc_id", "vero_id", "wt.mc_id", "wt_mc_id",
            "icid", "intcmp", "at_medium", "at_campaign");

    /**
     * The canonical form of {@code candidate} resolved against {@code base}; null when neither is
     * a usable http(s) URL.
     */
    public String canonicalize(String candidate, String base) {
        URI resolved = resolve(candidate, base);
        if (resolved == null) {
            return null;
        }
        String scheme = resolved.getScheme() == null ? null : resolved.getScheme().toLowerCase(Locale.ROOT);
        String host = resolved.getHost();
        if (scheme == null || host == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return resolved.getScheme() == null ? null : stripFragment(resolved.toString());
        }
        StringBuilder out = new StringBuilder(candidateLength(resolved));
        out.append(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
        int port = resolved.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            out.append(':').append(port);
        }
        String path = resolved.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = cleanQuery(resolved.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** True when the query parameter name is a known tracking parameter. */
    static boolean isTracking(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("utm_") || n.startsWith("pk_") || n.startsWith("hsa_") || TRACKING.contains(n);
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            if (!isTracking(name)) {
                kept.add(part);
            }
        }
        return String.join("&", kept);
    }

    private static URI resolve(String candidate, String base) {
        URI baseUri = parse(base);
        URI cand = parse(candidate);
        if (cand == null) {
            return baseUri;
        }
        if (cand.isAbsolute() || baseUri == null || !baseUri.isAbsolute()) {
            return cand.isAbsolute() ? cand : null;
        }
        try {
            return baseUri.resolve(cand);
        } catch (IllegalArgumentException e) {
            return baseUri;
        }
    }

    private static URI parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip().replace(" ", "%20").replace("|", "%7C").replace("\"", "%22");
        try {
            return new URI(t);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static int candidateLength(URI uri) {
        return uri.toString().length() + 8;
    }
}
