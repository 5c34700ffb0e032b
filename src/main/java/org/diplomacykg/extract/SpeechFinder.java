package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.lexicon.WordList;

/**
 * Finds who says what in a sentence: a speech verb with its subject ("Russia declared that …", "… ,” said
 * the envoy") or an attribution ("according to Peskov"), and the span of what was said. Statements
 * become CAMEO 01x events when they are about another actor or a relationship; their tone (pessimistic
 * 012, optimistic 013, neutral 010) comes from cue words, with negated optimism read as pessimism.
 */
final class SpeechFinder {
    private static final java.util.Set<String> ROLE_TAGS = java.util.Set.of("NOUN", "PROPN", "ADJ", "DET");
    private final Lexicon lexicon;

    SpeechFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Someone saying something in a sentence.
     *
     * @param start       first token of the speech verb or attribution phrase
     * @param end         last token (exclusive)
     * @param speakers    who speaks
     * @param from        first token of what is said
     * @param to          last token (exclusive) of what is said
     * @param pessimistic whether the verb itself is pessimistic ("downplayed")
     */
    record Speech(int start, int end, List<Actor> speakers, int from, int to, boolean pessimistic) {}

    List<Speech> find(SentenceView v) {
        List<Speech> out = new ArrayList<>();
        WordList verbs = lexicon.words("speechVerbs");
        WordList attributions = lexicon.words("attributionPhrases");
        for (int i = 0; i < v.size(); i++) {
            int a = attributions.matchAt(v.t, i);
            if (a > 0) {
                Speech s = attribution(v, i, i + a);
                if (s != null) {
                    out.add(s);
                }
                i += a - 1;
                continue;
            }
            int n = verbs.matchAt(v.t, i);
            boolean verbal = v.isVerb(i) || !v.pos(i).equals("NOUN") && !v.pos(i).equals("PROPN") && !v.pos(i).equals("ADJ");
            if (n > 0 && verbal) {
                Speech s = verb(v, i, i + n);
                if (s != null) {
                    out.add(s);
                }
                i += n - 1;
            }
        }
        return out;
    }

    private Speech attribution(SentenceView v, int start, int end) {
        Np n = v.np(end);
        if (n == null || n.start() != end) {
            return null;
        }
        List<Actor> speakers = v.actors(v.coordinated(lastOfGroup(v, n), true));
        if (speakers.isEmpty()) {
            return null;
        }
        int from;
        int to;
        if (start > 0) {
            from = 0;
            to = start;
        } else {
            from = lastOfGroup(v, n).end();
            to = v.size();
        }
        return new Speech(start, end, speakers, skipPunct(v, from, to), trimEnd(v, from, to), false);
    }

    private static Np lastOfGroup(SentenceView v, Np first) {
        Np last = first;
        int k = first.end();
        while (k + 1 < v.size() && (v.lower(k).equals("and") || v.isComma(k)) && v.np(k + 1) != null
            && v.np(k + 1).start() == k + 1 && !v.actors(v.np(k + 1)).isEmpty()) {
            last = v.np(k + 1);
            k = last.end();
        }
        return last;
    }

    private Speech verb(SentenceView v, int start, int end) {
        int b = start - 1;
        while (b >= 0 && v.pos(b).equals("ADV")) {
            b--;
        }
        if (b >= 0 && SentenceView.BE_FORMS.contains(v.lower(b)) && v.lower(start).endsWith("d")) {
            return null; // "Belgrade and Pristina have been told that …": the hearers, not the speakers
        }
        Modality mod = Modality.of(v, start, lexicon);
        if (mod == Modality.NEGATED || mod == Modality.HYPOTHETICAL) {
            return null;
        }
        boolean pessimistic = lexicon.words("pessimisticSpeechVerbs").matchAt(v.t, start) > 0;
        List<Actor> speakers = v.actors(v.subjectOf(start));
        boolean inverted = false;
        if (speakers.isEmpty() && start > 0 && (v.isComma(start - 1) || isCloseQuote(v, start - 1))) {
            List<Np> after = v.objectsAfter(end);
            if (!after.isEmpty()) {
                speakers = v.actors(after.get(0));
                inverted = true;
            }
        }
        if (speakers.isEmpty()) {
            return null;
        }
        if (inverted) {
            return new Speech(start, end, speakers, skipPunct(v, 0, start), trimEnd(v, 0, start), pessimistic);
        }
        int subjectStart = v.subjectOf(start).stream().mapToInt(Np::start).min().orElse(-1);
        while (subjectStart > 0 && !v.isComma(subjectStart - 1) && ROLE_TAGS.contains(v.pos(subjectStart - 1))) {
            subjectStart--; // "foreign ministry spokesman Wang Wenbin"
        }
        if (subjectStart > 3 && v.isComma(subjectStart - 1) && onlyCircumstanceAfter(v, end)
            && !reportsAnAct(v, 0, subjectStart - 1)) {
            // "The three countries had 'disregarded the concerns', spokesman Wang Wenbin told a news briefing in
            // Beijing": a trailing attribution with only a hearer, a place or a time after it; what was said
            // comes before.
            return new Speech(start, end, speakers, skipPunct(v, 0, subjectStart - 1),
                trimEnd(v, 0, subjectStart - 1), pessimistic);
        }
        int from = end;
        // "told reporters that …", "said on Friday that …": the content starts after "that" when there is one.
        for (int k = end; k < Math.min(v.size(), end + 8); k++) {
            if (v.lower(k).equals("that") && !v.pos(k).equals("DET")) {
                from = k + 1;
                break;
            }
            if (v.isBoundary(k) || v.isVerb(k)) {
                break;
            }
        }
        int to = v.size();
        boolean quoted = false;
        for (int k = from; k < v.size(); k++) {
            String w = v.t.get(k).text();
            if (w.equals(";")) {
                to = k;
                break;
            }
            quoted |= w.equals("”") || w.equals("\"") && k > from;
            if (quoted && w.equals("and") && k + 1 < v.size() && v.isVerb(k + 1)
                && SentenceView.simplePastForm(v.lower(k + 1), lexicon)) {
                // "called the landing “an outrageous incident” … and welcomed the EU's decision": the quote is
                // what was said; the coordinated verb is another act of the speaker's
                to = k;
                break;
            }
        }
        if (trimEnd(v, from, to) <= from) {
            // "“…,” he said." — what was said comes before (only the full stop follows the verb).
            return start > 0 ? new Speech(start, end, speakers, skipPunct(v, 0, start), trimEnd(v, 0, start), pessimistic)
                : null;
        }
        return new Speech(start, end, speakers, from, trimEnd(v, from, to), pessimistic);
    }

    /**
     * Whether the words after a speech verb hold no clause of their own up to the sentence's end, a semicolon,
     * or a comma before a participle or a conjunction (", adding that …"): only a hearer ("reporters", "a
     * news briefing"), a place or a time.
     */
    private static boolean onlyCircumstanceAfter(SentenceView v, int from) {
        for (int k = from; k < v.size(); k++) {
            String w = v.lower(k);
            if (w.equals(";") || w.equals(".") && k == v.size() - 1) {
                return true;
            }
            if (v.isComma(k)) {
                return k + 1 >= v.size() || v.lower(k + 1).endsWith("ing") && v.isVerb(k + 1)
                    || v.lower(k + 1).equals("and") || v.lower(k + 1).equals("but");
            }
            if (v.isVerb(k) || w.equals("that") || w.equals("if") || w.equals("whether") || v.pos(k).equals("PUNCT")
                && !w.equals("-") && !w.equals("(") && !w.equals(")")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words hold a verb that is an event's trigger ("The White House summoned China's ambassador,
     * Kirby told reporters"): they report an act, which the event patterns code, not a comment on anyone.
     */
    private boolean reportsAnAct(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.isVerb(k) && !v.isAux(k) && lexicon.triggers(v.lower(k)).stream().anyMatch(t -> t.verb())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCloseQuote(SentenceView v, int k) {
        String w = v.t.get(k).text();
        return w.equals("”") || w.equals("\"") || w.equals("’");
    }

    private static int skipPunct(SentenceView v, int from, int to) {
        while (from < to && v.pos(from).equals("PUNCT")) {
            from++;
        }
        return from;
    }

    private static int trimEnd(SentenceView v, int from, int to) {
        while (to > from && (v.pos(to - 1).equals("PUNCT") || v.isComma(to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * The CAMEO code of a statement: 112 when it blames, 130 when a warning threatens, 111 when it criticises,
     * 012 pessimistic, 013 optimistic, 010 otherwise.
     */
    String tone(SentenceView v, Speech s) {
        WordList blame = lexicon.words("accusationCues");
        for (int k = s.from(); k < s.to(); k++) {
            if (blame.matchAt(v.t, k) > 0 && !negatedBefore(v, k, s.from())) {
                return "112";
            }
        }
        WordList formulas = lexicon.words("threatFormulas");
        for (int k = s.from(); k < s.to(); k++) {
            if (formulas.matchAt(v.t, k) > 0 && !negatedBefore(v, k, s.from())) {
                return "130"; // "Taiwan was the first red line that must not be crossed"
            }
        }
        String verb = v.lower(s.start());
        boolean warning = verb.startsWith("warn") || verb.startsWith("caution");
        boolean condition = false; // "any provocation … would be met with a response", "if …, it will respond"
        boolean modal = false;
        WordList threat = lexicon.words("threatCues");
        for (int k = s.from(); k < s.to(); k++) {
            String w = v.lower(k);
            condition |= w.equals("if") || w.equals("any") || w.equals("unless");
            modal |= w.equals("would") || w.equals("will") || w.equals("'ll");
            if (threat.matchAt(v.t, k) > 0 && (warning || condition && modal || modal && againstAfter(v, k, s.to()))
                && !negatedBefore(v, k, s.from())) {
                return "130"; // "… said it would take resolute countermeasures against the Philippines"
            }
        }
        WordList future = lexicon.words("futureThreatCues");
        for (int k = s.from(); k < s.to() && modal; k++) {
            if (future.matchAt(v.t, k) > 0 && !negatedBefore(v, k, s.from())) {
                return "130"; // "said Turkey would respond in the harshest way"
            }
        }
        WordList critical = lexicon.words("criticismCues");
        for (int k = s.from(); k < s.to(); k++) {
            if (critical.matchAt(v.t, k) > 0 && !negatedBefore(v, k, s.from())) {
                return "111";
            }
        }
        if (s.pessimistic()) {
            return "012";
        }
        WordList pess = lexicon.words("pessimisticCues");
        WordList opt = lexicon.words("optimisticCues");
        boolean optimistic = false;
        for (int k = s.from(); k < s.to(); k++) {
            if (pess.matchAt(v.t, k) > 0) {
                return "012";
            }
            if (opt.matchAt(v.t, k) > 0) {
                if (negatedBefore(v, k, s.from())) {
                    return "012";
                }
                optimistic = true;
            }
        }
        return optimistic ? "013" : "010";
    }

    private static boolean againstAfter(SentenceView v, int k, int to) {
        for (int j = k + 1; j < Math.min(to, k + 5); j++) {
            if (v.lower(j).equals("against")) {
                return true;
            }
        }
        return false;
    }

    /** "no chance of things improving", "rejected the notion that things could improve". */
    private boolean negatedBefore(SentenceView v, int k, int limit) {
        for (int j = k - 1; j >= Math.max(limit, k - 6); j--) {
            String w = v.lower(j);
            if (lexicon.words("negators").contains(w) || w.startsWith("reject") || w.startsWith("dismiss")
                || w.startsWith("den") && v.isVerb(j)) {
                return true;
            }
        }
        return false;
    }
}
