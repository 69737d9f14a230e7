package org.policywatch.analyzer.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.policywatch.model.Incident;
import org.policywatch.model.IncidentStatus;
import org.policywatch.model.IncidentType;

/**
 * Folds repeated mentions of one event into one incident: within a sentence the stronger
 * reading wins (an execution "by firing squad" is no police shooting; a killing is not also a
 * wounding), and across the article mentions of the same type and subtype whose dates, counts
 * and targets do not disagree are one event, reported at its first mention.
 */
final class IncidentMerger {
    /** An incident with what the merge needs to know about where it came from. */
    record Candidate(Incident incident, int sentence, boolean subordinate, String targetHead, boolean properTarget,
                     String dateValue) {
    }

    private IncidentMerger() {
    }

    static List<Incident> merge(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!outranked(c, candidates)) {
                kept.add(c);
            }
        }
        List<Candidate> merged = new ArrayList<>();
        for (Candidate c : kept) {
            int same = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (sameEvent(merged.get(i), c)) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                merged.add(c);
            } else {
                merged.set(same, fill(merged.get(same), c));
            }
        }
        return merged.stream().map(Candidate::incident).toList();
    }

    private static boolean outranked(Candidate c, List<Candidate> all) {
        IncidentType t = c.incident().type();
        for (Candidate o : all) {
            if (o == c || o.sentence() != c.sentence()) {
                continue;
            }
            IncidentType ot = o.incident().type();
            if (ot == IncidentType.DEATH_PENALTY && (t == IncidentType.KILLING || t == IncidentType.POLICE_VIOLENCE)) {
                return true;
            }
            if (ot == IncidentType.KILLING && t == IncidentType.POLICE_VIOLENCE) {
                return true;
            }
            boolean custody = t == IncidentType.ARREST || t == IncidentType.DETENTION;
            boolean graver = ot == IncidentType.DEATH_PENALTY || ot == IncidentType.KILLING;
            if (c.subordinate() && !o.subordinate() && custody && graver) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameEvent(Candidate a, Candidate b) {
        Incident x = a.incident();
        Incident y = b.incident();
        boolean loose = x.type() == IncidentType.POLICY_CHANGE || x.type() == IncidentType.SERVICE_OBSTRUCTION;
        if (x.type() != y.type() || !loose && !Objects.equals(x.subtype(), y.subtype())) {
            return false;
        }
        if (!loose && (x.status() == IncidentStatus.PLANNED) != (y.status() == IncidentStatus.PLANNED)) {
            return false;
        }
        if (x.paragraph() == y.paragraph()) {
            return true;
        }
        boolean differentNamed = (a.properTarget() || b.properTarget()) && a.targetHead() != null
                && b.targetHead() != null && !a.targetHead().equals(b.targetHead());
        return sameTime(a.dateValue(), b.dateValue()) && compatible(x.count(), y.count()) && !differentNamed;
    }

    /** "2025" and "2025-09-16" may be one time; "2025-09-01" and "2025-09-16" are not. */
    private static boolean sameTime(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    private static boolean compatible(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }

    private static Candidate fill(Candidate first, Candidate later) {
        Incident a = first.incident();
        Incident b = later.incident();
        Incident filled = new Incident(a.type(), a.subtype(), a.evidence(), a.paragraph(),
                a.agent() != null ? a.agent() : b.agent(),
                a.target() != null ? a.target() : b.target(),
                a.count() != null ? a.count() : b.count(),
                a.location() != null ? a.location() : b.location(),
                a.date() != null ? a.date() : b.date(),
                a.status(), Math.max(a.confidence(), b.confidence()));
        boolean firstHasTarget = first.targetHead() != null;
        return new Candidate(filled, first.sentence(), first.subordinate(),
                firstHasTarget ? first.targetHead() : later.targetHead(),
                firstHasTarget ? first.properTarget() : later.properTarget(),
                first.dateValue() != null && (later.dateValue() == null || first.dateValue().length() >= later.dateValue().length())
                        ? first.dateValue() : later.dateValue());
    }
}
