package org.policywatch.ui;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Human-readable labels for wire names and dates. Pure. */
public final class Labels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);

    private Labels() {
    }

    /** "police_violence" becomes "Police violence"; "ngo" becomes "NGO". */
    public static String wire(String wire) {
        if (wire == null || wire.isEmpty()) {
            return "";
        }
        return switch (wire) {
            case "ngo" -> "NGO";
            case "international_org" -> "International organisation";
            default -> {
                String spaced = wire.replace('_', ' ');
                yield spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
            }
        };
    }

    /** "24 Nov 2026" (UTC), or "" when unknown. */
    public static String day(OffsetDateTime t) {
        return t == null ? "" : DAY.format(t);
    }

    /** ISO 8601 for a {@code <time datetime>} attribute, or "" when unknown. */
    public static String iso(OffsetDateTime t) {
        return t == null ? "" : t.toString();
    }

    /** "1 article", "12 articles". */
    public static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
