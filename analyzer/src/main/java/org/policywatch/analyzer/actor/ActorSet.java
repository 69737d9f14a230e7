package org.policywatch.analyzer.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policywatch.model.Actor;
import org.policywatch.model.ActorType;
import org.policywatch.model.Category;

/**
 * The actors of one article with the look-ups attribution needs: which actor a text offset
 * names, which actor a surface form (full name, surname, acronym) means, and the last person
 * named before a point (for pronouns).
 */
public final class ActorSet {
    /** One place where the joined text names an actor. */
    public record Span(int begin, int end, Actor actor) {
    }

    private final List<Actor> actors;
    private final List<Span> spans;
    private final Map<String, Actor> byName = new HashMap<>();

    ActorSet(List<Actor> actors, List<Span> spans) {
        this.actors = List.copyOf(actors);
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::begin));
        this.spans = List.copyOf(sorted);
        for (Actor a : actors) {
            for (String alias : a.aliases()) {
                byName.putIfAbsent(key(alias), a);
            }
        }
        for (Actor a : actors) {
            byName.put(key(a.name()), a);
        }
    }

    /** The actors, in order of first mention. */
    public List<Actor> actors() {
        return actors;
    }

    /** Mentions in text order, with offsets in the joined text. */
    public List<Span> spans() {
        return spans;
    }

    /** The actor a mention covering {@code offset} names, or null. */
    public Actor at(int offset) {
        for (Span s : spans) {
            if (s.begin() <= offset && offset < s.end()) {
                return s.actor();
            }
            if (s.begin() > offset) {
                break;
            }
        }
        return null;
    }

    /** The first actor named within [from, to), or null. */
    public Span firstWithin(int from, int to) {
        for (Span s : spans) {
            if (s.begin() >= from && s.end() <= to) {
                return s;
            }
        }
        return null;
    }

    /** The actor with this name or alias (case-insensitive), or null. */
    public Actor byName(String surface) {
        return surface == null ? null : byName.get(key(surface));
    }

    /** The last actor of a type named before {@code offset} (null type: any), or null. */
    public Actor lastBefore(int offset, ActorType type) {
        Actor found = null;
        for (Span s : spans) {
            if (s.end() > offset) {
                break;
            }
            if (type == null || s.actor().type() == type) {
                found = s.actor();
            }
        }
        return found;
    }

    /** The last mention of an actor of a type ended before {@code offset} (null type: any), or null. */
    public Span lastSpanBefore(int offset, ActorType type) {
        Span found = null;
        for (Span s : spans) {
            if (s.end() > offset) {
                break;
            }
            if (type == null || s.actor().type() == type) {
                found = s;
            }
        }
        return found;
    }

    /**
     * The last actor named before {@code offset} whose role or name holds {@code headNoun}
     * ("the minister", "the ministry"), or null.
     */
    public Actor lastWithHead(String headNoun, int offset) {
        String head = headNoun.toLowerCase(Locale.ROOT);
        Actor found = null;
        for (Span s : spans) {
            if (s.end() > offset) {
                break;
            }
            Actor a = s.actor();
            String words = (a.type() == ActorType.ORGANIZATION ? a.name() : a.role() == null ? "" : a.role())
                    .toLowerCase(Locale.ROOT);
            for (String w : words.split("[\\s-]+")) {
                if (w.equals(head)) {
                    found = a;
                }
            }
        }
        return found;
    }

    /**
     * The organisation a definite common noun stands for ("the army", "the group", "the
     * ministry"), or null: the last organisation before {@code offset} whose name holds the noun
     * (else the first after it); for "the army/police/court", the article's only organisation of
     * that kind; for "the group/charity/organisation", the most-mentioned non-state organisation.
     */
    public Actor organisationFor(String headNoun, int offset) {
        String head = headNoun.toLowerCase(Locale.ROOT);
        if (!OrgNouns.isOrganisationNoun(head)) {
            return null;
        }
        Actor before = null;
        Actor after = null;
        for (Span s : spans) {
            if (s.actor().type() == ActorType.ORGANIZATION && OrgNouns.nameHolds(s.actor().name(), head)) {
                if (s.end() <= offset) {
                    before = s.actor();
                } else if (after == null) {
                    after = s.actor();
                }
            }
        }
        if (before != null || after != null) {
            return before != null ? before : after;
        }
        Category kind = OrgNouns.categoryOf(head);
        if (kind != null) {
            List<Actor> same = actors.stream()
                    .filter(a -> a.type() == ActorType.ORGANIZATION && a.category() == kind).toList();
            return same.size() == 1 ? same.get(0) : null;
        }
        if (OrgNouns.isGeneric(head)) {
            // "the group", "the charity": the article's civil-society body. Not any organisation of
            // unknown kind: that is as often the outlet the source "told" as the source itself.
            Actor ngo = mostMentioned(Category.NGO);
            return ngo != null ? ngo : mostMentioned(Category.HEALTH);
        }
        return null;
    }

    private Actor mostMentioned(Category category) {
        Actor best = null;
        for (Actor a : actors) {
            if (a.type() == ActorType.ORGANIZATION && a.category() == category
                    && (best == null || a.mentions().size() > best.mentions().size())) {
                best = a;
            }
        }
        return best;
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
