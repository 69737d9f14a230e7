package org.policywatch.crawler.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date notations found on news pages: ISO 8601 (with or without zone, date only),
 * RFC 1123, "3 March 2026", "March 3, 2026 5:05 p.m. EST", "2026/03/14", "14.03.2026". Times
 * without a zone are taken as UTC; a date alone is the start of that day in UTC. Stateless.
 */
final class DateParser {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String TIME = "(?:,?\\s*(?:at\\s+|-\\s*|\\|\\s*)?(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*"
            + "(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*\\(?([a-z]{2,5})\\)?\\b)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME);
    private static final Pattern TIME_FIRST = Pattern.compile(
            "\\b(\\d{1,2})[:.](\\d{2})\\s*(a\\.?m\\.?|p\\.?m\\.?)?\\s*(?:([a-z]{2,5})\\s+)?(?:,\\s*)?"
            + "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,4})([/.])(\\d{1,2})\\2(\\d{2,4})\\b");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("bst", 60), Map.entry("ist", 60),
            Map.entry("cet", 60), Map.entry("cest", 120), Map.entry("eet", 120), Map.entry("eest", 180),
            Map.entry("est", -300), Map.entry("edt", -240), Map.entry("et", -300), Map.entry("cst", -360),
            Map.entry("cdt", -300), Map.entry("ct", -360), Map.entry("mst", -420), Map.entry("mdt", -360),
            Map.entry("pst", -480), Map.entry("pdt", -420), Map.entry("pt", -480), Map.entry("wib", 420),
            Map.entry("wita", 480), Map.entry("wit", 540), Map.entry("ict", 420), Map.entry("pht", 480),
            Map.entry("sgt", 480), Map.entry("hkt", 480), Map.entry("jst", 540), Map.entry("kst", 540),
            Map.entry("aest", 600), Map.entry("aedt", 660), Map.entry("irst", 210), Map.entry("msk", 180));

    private static final Instant EARLIEST = Instant.parse("1994-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private DateParser() {
    }

    /** The date-time a date string names, with the offset it states (UTC if none), or null. */
    static OffsetDateTime parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = TextNormalizer.clean(raw).toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > 300) {
            return null;
        }
        OffsetDateTime t = iso(s);
        if (t == null) {
            t = rfc1123(s);
        }
        if (t == null) {
            t = textual(s);
        }
        if (t == null) {
            t = numeric(s);
        }
        return t;
    }

    /** Only textual and ISO notations, for free text where a bare number pair is too weak a clue. */
    static OffsetDateTime parseInText(String raw) {
        if (raw == null) {
            return null;
        }
        String s = TextNormalizer.clean(raw).toLowerCase(Locale.ROOT);
        OffsetDateTime t = textual(s);
        return t != null ? t : iso(s);
    }

    private static OffsetDateTime iso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return date.atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            ZoneOffset offset = ZoneOffset.UTC;
            String z = m.group(7);
            if (z != null && !z.equals("z")) {
                String digits = z.replace(":", "");
                int h = Integer.parseInt(digits.substring(1, 3));
                int min = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
                int sign = digits.charAt(0) == '-' ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * h, sign * min);
            }
            return plausible(OffsetDateTime.of(LocalDateTime.of(date, time), offset));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static OffsetDateTime rfc1123(String s) {
        if (s.length() < 20 || s.indexOf(',') < 0 || s.indexOf(':') < 0) {
            return null;
        }
        try {
            String cased = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            String fixed = capitalizeMonth(cased);
            return plausible(ZonedDateTime.parse(fixed, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String capitalizeMonth(String s) {
        StringBuilder out = new StringBuilder(s);
        String[] parts = s.split(" ");
        int pos = 0;
        for (String p : parts) {
            if (p.length() == 3 && Character.isLetter(p.charAt(0)) && pos > 0) {
                out.setCharAt(pos, Character.toUpperCase(p.charAt(0)));
            }
            if (p.equalsIgnoreCase("gmt") || p.equalsIgnoreCase("ut")) {
                out.replace(pos, pos + p.length(), p.toUpperCase(Locale.ROOT));
            }
            pos += p.length() + 1;
        }
        return out.toString();
    }

    private static OffsetDateTime textual(String s) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        Matcher mdy = MONTH_DAY_YEAR.matcher(s);
        boolean hasDmy = dmy.find();
        boolean hasMdy = mdy.find();
        if (hasDmy && (!hasMdy || dmy.start() <= mdy.start())) {
            return build(s, dmy.start(), dmy.group(3), dmy.group(2), dmy.group(1), dmy, 4);
        }
        if (hasMdy) {
            return build(s, mdy.start(), mdy.group(3), mdy.group(1), mdy.group(2), mdy, 4);
        }
        return null;
    }

    private static OffsetDateTime build(String s, int start, String year, String month, String day, Matcher m, int timeGroup) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), monthNumber(month), Integer.parseInt(day));
            String hour = m.group(timeGroup);
            String minute = m.group(timeGroup + 1);
            String ampm = m.group(timeGroup + 2);
            String zone = m.group(timeGroup + 3);
            if (hour == null) {
                Matcher before = TIME_FIRST.matcher(s.substring(Math.max(0, start - 30), start));
                while (before.find()) {
                    if (before.end() == Math.min(30, start)) {
                        hour = before.group(1);
                        minute = before.group(2);
                        ampm = before.group(3);
                        zone = before.group(4);
                    }
                }
            }
            if (hour == null) {
                return plausible(date.atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            int h = Integer.parseInt(hour);
            if (ampm != null) {
                boolean pm = ampm.charAt(0) == 'p';
                if (h == 12) {
                    h = pm ? 12 : 0;
                } else if (pm) {
                    h += 12;
                }
            }
            LocalDateTime local = LocalDateTime.of(date, LocalTime.of(h, Integer.parseInt(minute)));
            Integer offsetMinutes = zone == null ? null : ZONES.get(zone);
            ZoneOffset offset = offsetMinutes == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
            return plausible(local.atOffset(offset));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static OffsetDateTime numeric(String s) {
        Matcher m = NUMERIC.matcher(s);
        if (!m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int c = Integer.parseInt(m.group(4));
        try {
            LocalDate date;
            if (m.group(1).length() == 4) {
                date = LocalDate.of(a, b, c);
            } else {
                int year = c < 100 ? 2000 + c : c;
                boolean dayFirst = m.group(2).equals(".") || a > 12;
                date = dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
            }
            return plausible(date.atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String m) {
        return switch (m.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new DateTimeException("month " + m);
        };
    }

    /** Rejects dates before the web or far in the future (a parse of something that is not a date). */
    private static OffsetDateTime plausible(OffsetDateTime t) {
        Instant i = t.toInstant();
        if (i.isBefore(EARLIEST) || i.isAfter(LATEST)) {
            return null;
        }
        return t;
    }
}
