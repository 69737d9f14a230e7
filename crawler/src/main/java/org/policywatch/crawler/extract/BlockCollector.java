package org.policywatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits a cleaned DOM into {@link TextBlock}s in document order. Block elements end a block;
 * inline text is gathered with the share that sits in links; two line breaks in a row split a
 * block (old layouts write paragraphs as text and {@code <br><br>} inside one cell).
 */
final class BlockCollector implements NodeVisitor {
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
            "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
            "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul", "caption", "frameset", "frame", "noframes", "legend", "img");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Element> owners = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean hasText;
    private int linkChars;
    private int linkDepth;
    private int breaks;

    private BlockCollector() {
    }

    /** The blocks under {@code root}, in document order. */
    static List<TextBlock> collect(Element root) {
        BlockCollector c = new BlockCollector();
        c.owners.add(root);
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                breaks++;
                if (breaks >= 2) {
                    flush();
                } else {
                    text.append('\n');
                }
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                flush();
                owners.add(e);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                flush();
                owners.remove(owners.size() - 1);
            }
        }
    }

    private void appendText(String raw) {
        boolean blank = true;
        for (int i = 0; i < raw.length() && blank; i++) {
            blank = TextNormalizer.isSpace(raw.charAt(i));
        }
        if (blank) {
            text.append(' ');
            return;
        }
        breaks = 0;
        text.append(raw);
        if (linkDepth > 0) {
            linkChars += TextNormalizer.clean(raw).length();
        }
        hasText = true;
    }

    /**
     * A block with single line breaks: short lines that do not end a sentence (a byline, a date, a
     * "Comments" label) become blocks of their own; other lines stay joined.
     */
    private void addLines(Element owner) {
        String[] lines = text.toString().split("\n");
        int total = 0;
        for (String l : lines) {
            total += TextNormalizer.clean(l).length();
        }
        StringBuilder run = new StringBuilder();
        for (String raw : lines) {
            String line = TextNormalizer.clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            boolean label = TextNormalizer.words(line) <= 10 && (!TextNormalizer.endsSentence(line) || line.endsWith(":"));
            if (label) {
                addShare(run.toString(), total, owner);
                run.setLength(0);
                addShare(line, total, owner);
            } else {
                run.append(run.length() == 0 ? "" : " ").append(line);
            }
        }
        addShare(run.toString(), total, owner);
    }

    private void addShare(String clean, int total, Element owner) {
        if (!clean.isEmpty()) {
            int links = total == 0 ? 0 : (int) Math.round(linkChars * (clean.length() / (double) total));
            add(clean, links, owner);
        }
    }

    private void add(String clean, int links, Element owner) {
        if (!clean.isEmpty()) {
            blocks.add(new TextBlock(clean, Math.min(links, clean.length()), owner, owner.normalName(), blocks.size()));
        }
    }

    private void flush() {
        breaks = 0;
        if (hasText) {
            Element owner = owners.get(owners.size() - 1);
            if (text.indexOf("\n") < 0) {
                add(TextNormalizer.clean(text.toString()), linkChars, owner);
            } else {
                addLines(owner);
            }
        }
        text.setLength(0);
        hasText = false;
        linkChars = 0;
    }
}
