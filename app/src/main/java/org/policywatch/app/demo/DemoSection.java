package org.policywatch.app.demo;

import java.util.Locale;

/** The sections of the demo outlet, in navigation order. */
enum DemoSection {
    ASIA("asia", "Asia-Pacific"),
    AMERICAS("americas", "Americas"),
    EUROPE("europe", "Europe"),
    AFRICA("africa", "Africa"),
    MIDDLE_EAST("middle-east", "Middle East"),
    SPORT("sport", "Sport"),
    LIFE("life", "Life &amp; Style");

    private final String slug;
    private final String labelHtml;

    DemoSection(String slug, String labelHtml) {
        this.slug = slug;
        this.labelHtml = labelHtml;
    }

    /** URL segment and the value stored in {@link DemoArticle#section()}. */
    String slug() {
        return slug;
    }

    /** Navigation label, already HTML-escaped. */
    String labelHtml() {
        return labelHtml;
    }

    /** Site-relative path of the section page. */
    String path() {
        return "/" + slug + "/";
    }

    static DemoSection fromSlug(String slug) {
        String wanted = slug.trim().toLowerCase(Locale.ROOT);
        for (DemoSection s : values()) {
            if (s.slug.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown section: " + slug);
    }
}
