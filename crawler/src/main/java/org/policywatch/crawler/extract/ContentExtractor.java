package org.policywatch.crawler.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a page. Blocks are scored readability-style (text length and commas of
 * paragraph-like blocks credited to their containers, discounted by link density, with class / id
 * priors); the best container and the sibling blocks that look like it are kept; then each block is
 * filtered ({@link BlockFilter}) and repeated text dropped. When the page's JSON-LD articleBody agrees
 * with the page, it decides which blocks are text. Stateless.
 */
final class ContentExtractor {
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "li", "dd", "dt", "h1", "h2",
            "h3", "h4", "h5", "h6", "address");
    private static final int MIN_SCORED = 25;

    private ContentExtractor() {
    }

    /** Per-element sums over the blocks beneath it. */
    private static final class Stats {
        int chars;
        int linkChars;
        int goodChars;
        double score;
        boolean scored;

        double linkDensity() {
            return chars == 0 ? 0 : linkChars / (double) chars;
        }
    }

    /**
     * The main text of {@code body} as paragraphs. The body is cleaned in place.
     *
     * @param title       the headline, dropped from the text
     * @param articleBody the JSON-LD articleBody, or null
     */
    static List<String> paragraphs(Element body, String title, String articleBody) {
        if (body == null) {
            return List.of();
        }
        DomCleaner.clean(body);
        List<TextBlock> blocks = BlockCollector.collect(body);
        if (blocks.isEmpty()) {
            return List.of();
        }
        List<TextBlock> chosen = fromArticleBody(blocks, articleBody);
        if (chosen == null) {
            chosen = fromBestContainer(body, blocks);
        }
        return BlockFilter.filter(chosen, title);
    }

    private static List<TextBlock> fromBestContainer(Element body, List<TextBlock> blocks) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            boolean good = isGood(b);
            for (Element e = b.owner(); e != null; e = e.parent()) {
                Stats s = stats.computeIfAbsent(e, k -> new Stats());
                s.chars += b.length();
                s.linkChars += b.linkChars();
                if (good) {
                    s.goodChars += b.length();
                }
                if (e == body) {
                    break;
                }
            }
        }
        for (TextBlock b : blocks) {
            if (b.length() < MIN_SCORED || b.heading()) {
                continue;
            }
            double content = 1 + commas(b.text()) + Math.min(b.length() / 100.0, 3.0);
            Element level0 = PARAGRAPH_TAGS.contains(b.tag()) && b.owner() != body ? b.owner().parent() : b.owner();
            int level = 0;
            for (Element e = level0; e != null && level < 5; e = e.parent(), level++) {
                Stats s = stats.get(e);
                if (s == null) {
                    break;
                }
                if (!s.scored) {
                    s.scored = true;
                    s.score = initialScore(e);
                }
                s.score += content / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (e == body) {
                    break;
                }
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Stats> en : stats.entrySet()) {
            Stats s = en.getValue();
            if (!s.scored) {
                continue;
            }
            double fin = s.score * (1 - s.linkDensity());
            if (fin > topScore) {
                topScore = fin;
                top = en.getKey();
            }
        }
        if (top == null) {
            return blocks;
        }
        Set<Element> selected = Collections.newSetFromMap(new IdentityHashMap<>());
        selected.add(top);
        addSameKind(top, body, stats, selected);
        Element parent = top.parent();
        if (parent != null && top != body) {
            double threshold = Math.max(10, topScore * 0.2);
            for (Element sibling : parent.children()) {
                if (sibling == top) {
                    continue;
                }
                Stats s = stats.get(sibling);
                if (s == null) {
                    continue;
                }
                double fin = s.scored ? s.score * (1 - s.linkDensity()) : 0;
                if (!top.className().isEmpty() && top.className().equals(sibling.className())) {
                    fin += topScore * 0.2;
                }
                if (fin >= threshold || looksLikeParagraph(sibling, s)) {
                    selected.add(sibling);
                }
            }
        }
        List<TextBlock> out = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (inside(b.owner(), selected, body)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Adds the containers of the same kind as the best one (same tag and class) found near it: the
     * entries of a live blog, an article split into several boxes by advertisements.
     */
    private static void addSameKind(Element top, Element body, Map<Element, Stats> stats, Set<Element> selected) {
        String cls = top.className();
        if (cls.isEmpty() || top == body) {
            return;
        }
        Element scope = top;
        for (int i = 0; i < 4 && scope != body && scope.parent() != null; i++) {
            scope = scope.parent();
        }
        for (Element e : scope.getElementsByClass(top.classNames().iterator().next())) {
            if (e == top || !e.normalName().equals(top.normalName()) || !e.className().equals(cls)) {
                continue;
            }
            Stats s = stats.get(e);
            if (s != null && s.goodChars > 0 && s.linkDensity() < 0.25 && !inside(e, selected, body)) {
                selected.add(e);
            }
        }
    }

    /** A block that reads like body text: long enough, few links, ends like a sentence. */
    private static boolean isGood(TextBlock b) {
        return !b.heading() && b.length() >= 60 && b.linkDensity() < 0.2 && TextNormalizer.endsSentence(b.text());
    }

    private static boolean looksLikeParagraph(Element e, Stats s) {
        if (!PARAGRAPH_TAGS.contains(e.normalName()) || e.normalName().startsWith("h")) {
            return false;
        }
        if (s.chars > 80) {
            return s.linkDensity() < 0.25;
        }
        return s.linkChars == 0 && TextNormalizer.endsSentence(e.text());
    }

    private static boolean inside(Element e, Set<Element> selected, Element body) {
        for (Element p = e; p != null; p = p.parent()) {
            if (selected.contains(p)) {
                return true;
            }
            if (p == body) {
                return false;
            }
        }
        return false;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + BoilerplateHints.classWeight(e);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                n++;
            }
        }
        return n;
    }

    /**
     * Blocks confirmed by the JSON-LD articleBody: those whose words appear in it, when together they
     * cover most of it; null when there is no usable articleBody or the page disagrees with it.
     */
    private static List<TextBlock> fromArticleBody(List<TextBlock> blocks, String articleBody) {
        if (articleBody == null || articleBody.length() < 200) {
            return null;
        }
        String abKey = TextNormalizer.key(articleBody);
        List<TextBlock> out = new ArrayList<>();
        int covered = 0;
        for (TextBlock b : blocks) {
            String k = TextNormalizer.key(b.text());
            if (k.length() >= 12 && abKey.contains(k)) {
                out.add(b);
                covered += k.length();
            }
        }
        return covered >= abKey.length() * 0.6 ? out : null;
    }
}
