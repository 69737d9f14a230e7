package org.policywatch.crawler.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes what can never be article text before blocks are scored: scripts and forms controls,
 * hidden elements, landmark chrome (nav, aside, footer...) and elements whose class / id words mark
 * boilerplate. A hinted element that holds a large share of the page's text is kept: a class name
 * is a prior, not proof.
 */
final class DomCleaner {
    private static final Set<String> JUNK_TAGS = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
            "select", "option", "button", "input", "textarea", "label", "map", "video", "audio", "source",
            "dialog", "figcaption", "link", "meta", "head");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "figure", "menu");

    private DomCleaner() {
    }

    /** Cleans {@code body} in place. */
    static void clean(Element body) {
        int total = Math.max(1, textLength(body));
        List<Element> doomed = new ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        pushChildren(stack, body);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (shouldRemove(e, total)) {
                doomed.add(e);
            } else {
                pushChildren(stack, e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean shouldRemove(Element e, int total) {
        String tag = e.normalName();
        if (JUNK_TAGS.contains(tag)) {
            return true;
        }
        boolean chromeTag = CHROME_TAGS.contains(tag) || BoilerplateHints.chromeRole(e)
                || BoilerplateHints.hidden(e);
        String[] tokens = BoilerplateHints.tokens(e);
        boolean negative = BoilerplateHints.negative(tokens) > 0;
        if (!chromeTag && !negative) {
            return false;
        }
        if (tag.equals("article") || tag.equals("main") || "articleBody".equals(e.attr("itemprop"))) {
            return false;
        }
        double share = textLength(e) / (double) total;
        boolean positive = BoilerplateHints.positive(tokens) > 0;
        if (share >= 0.5 || (share >= 0.25 && positive)) {
            return false;
        }
        return true;
    }

    private static void pushChildren(Deque<Element> stack, Element e) {
        List<Element> kids = e.children();
        for (int i = kids.size() - 1; i >= 0; i--) {
            stack.push(kids.get(i));
        }
    }

    /**
     * The length of {@code s} with whitespace runs collapsed to one space and the ends stripped
     * (what {@code TextNode.text().strip().length()} gives), without building that string.
     */
    static int normalisedLength(String s) {
        int n = 0;
        boolean pendingSpace = false;
        boolean started = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                pendingSpace = started;
            } else {
                if (pendingSpace) {
                    n++;
                    pendingSpace = false;
                }
                n++;
                started = true;
            }
        }
        return n;
    }

    /** Characters of text under an element, not counting whitespace runs. */
    static int textLength(Element e) {
        int n = 0;
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(e);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof TextNode t) {
                n += normalisedLength(t.getWholeText());
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("script") || tag.equals("style")) {
                    continue;
                }
                for (int i = el.childNodeSize() - 1; i >= 0; i--) {
                    stack.push(el.childNode(i));
                }
            }
        }
        return n;
    }
}
