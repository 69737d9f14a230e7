package org.policywatch.crawler.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the blocks of a chosen region that are not article text: link lists, "Read more" and
 * share lines, captions and credits, headline repeats, and text repeated from elsewhere (pull
 * quotes). Keeps sub-headings only when text follows them. Stateless.
 */
final class BlockFilter {
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^\\W*(read more|read also|also read|related|see also|more on|more from|recommended|advertisement"
            + "|sponsored|sign up|subscribe|share this|share on|share|click here|follow us|follow @"
            + "|copyright|\u00a9|all rights reserved|listen to|download|comments?|leave a comment"
            + "|loading|skip to|back to top|top of page|print|email this|next article|previous article"
            + "|you may also like|most read|most popular|trending|tags?|filed under|continue reading"
            + "|story continues|we use cookies|cookie|cookies)\\b"
            + "|^\\W*(photo|image|picture|credit|source|caption|watch|video|graphic)s?\\s*(:|\\||/|by\\b)");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(\\((photo|image|file photo|picture|pic)\\b|\\b(photo|image|picture|illustration|graphic)s?"
            + "\\s*(:|by|credit|courtesy)|\\b(getty images|afp|reuters|ap photo|epa|shutterstock)\\s*\\)?\\s*$)");

    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)(please consider (a |making a )?(monthly |one-off |small )?(donation|contribution|supporting)"
            + "|support (our|independent|quality) journalism|become a (member|subscriber|supporter)|reader-supported"
            + "|sign up (for|to) (our|the) |subscribe (to|for) (our|the) |you have \\d+ free articles?"
            + "|already a subscriber|log ?in to (continue|read)|to continue reading|this content is (only )?available"
            + "|by clicking|we use cookies|this (site|website) uses cookies|privacy policy|terms of (service|use))");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)^\\W*(published|posted|updated|last updated|first published|modified|date)\\b");

    private static final Pattern COMMENTS_START = Pattern.compile(
            "(?i)^\\W*(\\d+\\s+)?(comments?|reader comments|user comments|your comments|comments are (now )?closed"
            + "|leave a (comment|reply)|post a comment|add (a|your) comment|have your say|join the (discussion|conversation)"
            + "|discussion|responses?|\\d+ responses? to|what do you think)\\b");

    private static final Pattern BYLINE = Pattern.compile("(?i)^\\W*(by|from|written by|reporting by)\\s+\\p{Lu}");

    private BlockFilter() {
    }

    /** The blocks worth keeping, as paragraph strings, in order. */
    static List<String> filter(List<TextBlock> blocks, String title) {
        String titleKey = title == null ? "" : TextNormalizer.key(title);
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock b : beforeComments(blocks)) {
            if (keep(b, titleKey)) {
                kept.add(b);
            }
        }
        kept = dropRepeats(kept);
        return dropDanglingHeadings(kept);
    }

    private static boolean keep(TextBlock b, String titleKey) {
        String text = b.text();
        int words = TextNormalizer.words(text);
        if (words == 0) {
            return false;
        }
        String key = TextNormalizer.key(text);
        if (!titleKey.isEmpty() && key.equals(titleKey)) {
            return false;
        }
        if (b.tag().equals("h1")) {
            return false;
        }
        double ld = b.linkDensity();
        if (ld > 0.5 || (ld > 0.3 && words < 20)) {
            return false;
        }
        if (words < 25 && BOILERPLATE_LINE.matcher(text).find()) {
            return false;
        }
        if (words < 40 && CALL_TO_ACTION.matcher(text).find()) {
            return false;
        }
        if (words <= 16 && DATE_LABEL.matcher(text).find() && DateParser.parseInText(text) != null) {
            return false;
        }
        if (words < 30 && CREDIT.matcher(text).find()) {
            return false;
        }
        if (words <= 6 && BYLINE.matcher(text).find()) {
            return false;
        }
        if (words <= 4 && !TextNormalizer.endsSentence(text) && !b.heading()) {
            return false;
        }
        return true;
    }

    /** The blocks before a comment section's heading ("Comments", "Leave a reply"), once text has begun. */
    private static List<TextBlock> beforeComments(List<TextBlock> blocks) {
        int text = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (text >= 2 && TextNormalizer.words(b.text()) <= 8 && b.linkDensity() < 0.5
                    && COMMENTS_START.matcher(b.text()).find()) {
                return blocks.subList(0, i);
            }
            if (TextNormalizer.words(b.text()) >= 12) {
                text++;
            }
        }
        return blocks;
    }

    /** Drops exact repeats and short blocks whose words sit inside a longer kept block (pull quotes). */
    private static List<TextBlock> dropRepeats(List<TextBlock> blocks) {
        List<String> keys = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) {
            keys.add(TextNormalizer.key(b.text()));
        }
        Set<String> seen = new HashSet<>();
        List<TextBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String k = keys.get(i);
            if (!seen.add(k)) {
                continue;
            }
            boolean repeated = false;
            if (TextNormalizer.words(k) <= 60 && !blocks.get(i).heading()) {
                for (int j = 0; j < keys.size() && !repeated; j++) {
                    String other = keys.get(j);
                    repeated = j != i && other.length() > k.length() + 10 && other.contains(k);
                }
            }
            if (!repeated) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    private static List<String> dropDanglingHeadings(List<TextBlock> blocks) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.heading()) {
                boolean textFollows = i + 1 < blocks.size() && !blocks.get(i + 1).heading();
                if (!textFollows) {
                    continue;
                }
            }
            out.add(b.text());
        }
        return out;
    }
}
