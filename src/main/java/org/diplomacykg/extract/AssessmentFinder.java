package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.fact.Assessment;
import org.diplomacykg.fact.TextSpan;
import org.diplomacykg.fact.TimeValue;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.lexicon.WordList;

/**
 * Finds judgements on relationships: a relationship noun ("ties", "relations") whose parties the sentence
 * names ("US-Russian relations", "ties with the US", "relations between X and Y", "bilateral ties") and a
 * cue word of its state nearby ("all-time low", "worsened", "strained").
 */
final class AssessmentFinder {
    private final Lexicon lexicon;

    AssessmentFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Assessment> find(SentenceView v, ArticleState state, String speaker, TimeValue date) {
        List<Assessment> out = new ArrayList<>();
        WordList relation = lexicon.words("relationNouns");
        for (int i = 0; i < v.size(); i++) {
            if (!relation.contains(v.lower(i))) {
                continue;
            }
            List<String> parties = parties(v, state, i, speaker);
            if (parties.size() < 2) {
                continue;
            }
            int[] cue = nearestCue(v, i);
            if (cue == null) {
                continue;
            }
            TextSpan span = new TextSpan(v.t.get(cue[0]).begin(), v.t.get(cue[1] - 1).end());
            out.add(new Assessment(parties, v.text(cue[0], cue[1]), cue[2], speaker, date, v.sentence.index(), span));
        }
        return out;
    }

    private List<String> parties(SentenceView v, ArticleState state, int noun, String speaker) {
        List<String> parties = new ArrayList<>();
        Np np = v.np(noun);
        boolean bilateral = false;
        if (np != null) {
            for (Mention m : np.modifiers()) {
                add(parties, state.actingCountry(m.entity()) != null ? state.actingCountry(m.entity()) : m.entity().iri());
            }
            for (int k = np.start(); k < np.end(); k++) {
                bilateral |= v.lower(k).equals("bilateral") || v.lower(k).equals("two");
            }
        }
        for (SentenceView.Pp pp : v.ppsAfter(np == null ? noun + 1 : np.end())) {
            String prep = v.lower(pp.prep());
            if (prep.equals("with") || prep.equals("between")) {
                for (Actor a : v.actors(pp.group())) {
                    String c = state.actingCountry(a.iri());
                    add(parties, c != null ? c : a.iri());
                }
                for (Np n : pp.group()) {
                    for (int k = n.start(); k < n.end(); k++) {
                        bilateral |= v.lower(k).equals("two");
                    }
                }
                break;
            }
        }
        List<String> dyad = state.dyad();
        if (parties.size() == 1) {
            String other = speaker == null ? null : state.actingCountry(speaker);
            if (other == null || parties.contains(other)) {
                other = dyad.stream().filter(d -> !parties.contains(d)).findFirst().orElse(null);
            }
            if (other != null) {
                add(parties, other);
            }
        } else if (parties.isEmpty() && bilateral && dyad.size() == 2) {
            parties.addAll(dyad);
        }
        return parties;
    }

    private static void add(List<String> list, String iri) {
        if (iri != null && !list.contains(iri)) {
            list.add(iri);
        }
    }

    /** The state cue nearest the noun in its sentence: [start, end, polarity], or null. */
    private int[] nearestCue(SentenceView v, int noun) {
        WordList pess = lexicon.words("pessimisticCues");
        WordList opt = lexicon.words("optimisticCues");
        int[] best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int k = 0; k < v.size(); k++) {
            int n = pess.matchAt(v.t, k);
            int polarity = -1;
            if (n == 0) {
                n = opt.matchAt(v.t, k);
                polarity = 1;
            }
            if (n == 0) {
                continue;
            }
            int dist = Math.abs(k - noun);
            if (dist < bestDist && dist <= 12) {
                best = new int[] {k, k + n, polarity};
                bestDist = dist;
            }
        }
        return best;
    }
}
