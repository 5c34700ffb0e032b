package org.diplomacykg.extract;

import java.util.Set;

import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.lexicon.WordList;

/** Whether a trigger reports something that happened, something that did not, or something that may. */
enum Modality {
    FACT, NEGATED, HYPOTHETICAL, INTENT, REFUSED,
    /**
     * An announced future act ("said it would expel 23 diplomats", "said they would hold summits"): a decision
     * for acts done by announcing them, an intention for cooperation that still has to take place.
     */
    DECISION;

    /**
     * The modality of the word at {@code i}, from the words before it in its clause: negators ("did not
     * meet"), modals ("could meet"), infinitives ("agreed to meet" is an intention, "to meet" alone a
     * possibility), conditions ("if they meet") and questions.
     */
    /**
     * "denied that it had sent weapons to Russia", "denies supplying drones": the act is what someone denies. A
     * denial verb right before the trigger, or before the "that" that opens the trigger's clause.
     */
    private static boolean denied(SentenceView v, int i, Lexicon lexicon) {
        var denials = lexicon.words("denialVerbs");
        if (i > 0 && (denials.contains(v.lower(i - 1)) || i > 1 && denials.contains(v.lower(i - 2) + " " + v.lower(i - 1)))) {
            return true;
        }
        for (int k = i - 1; k > 0 && k >= i - 10 && !v.isBoundary(k); k--) {
            if (v.lower(k).equals("that") && v.pos(k).equals("SCONJ")) {
                return denials.contains(v.lower(k - 1)) || k > 1 && denials.contains(v.lower(k - 2) + " " + v.lower(k - 1));
            }
        }
        return false;
    }

    static Modality of(SentenceView v, int i, Lexicon lexicon) {
        if (v.t.get(v.size() - 1).text().equals("?")) {
            return HYPOTHETICAL;
        }
        if (denied(v, i, lexicon)) {
            return NEGATED;
        }
        if (i > 0 && v.lower(i).endsWith("ing") && (v.lower(i - 1).equals("against") || v.lower(i - 1).equals("from"))) {
            // "warned Washington against sending missiles", "refrained from attacking": not done
            return HYPOTHETICAL;
        }
        if (i > 1 && v.lower(i - 1).equals("by") && v.lower(i).endsWith("ing")) {
            // "would answer in kind by seizing American property": the means shares its verb's modality
            for (int g = i - 2; g >= Math.max(0, i - 8) && !v.isBoundary(g) && !v.isComma(g); g--) {
                if (v.isVerb(g) && !v.isAux(g)) {
                    return of(v, g, lexicon);
                }
            }
        }
        int k = i - 1;
        int steps = 0;
        while (k >= 0 && steps < 4) {
            String w = v.lower(k);
            if (v.isBoundary(k) || v.isComma(k)) {
                break;
            }
            if (lexicon.words("negators").contains(w)) {
                return NEGATED;
            }
            if (lexicon.words("modals").contains(w) && !v.pos(k).equals("PROPN")) { // not "Theresa May said"
                // "said it would expel 23 diplomats" reports a decision, not a possibility.
                boolean decision = (w.equals("would") || w.equals("will") || w.equals("'ll") || w.equals("’ll"))
                    && reported(v, k, lexicon);
                if (decision && conditionAfter(v, i, lexicon)) {
                    return INTENT; // "said Turkey would impose sanctions if his visit were blocked": a threat
                }
                return decision ? DECISION : HYPOTHETICAL;
            }
            if (w.equals("to") && (v.pos(k).equals("PART") || v.isVerb(i) || i == k + 1)) {
                if (k > 1 && Set.of("is", "are").contains(v.lower(k - 1)) && v.pos(k - 2).equals("PROPN")) {
                    return DECISION; // "Russia is to expel ten American diplomats": announced, as news puts it
                }
                int g = k - 1;
                while (g >= 0 && (v.pos(g).equals("ADV") || v.isAux(g) && !v.isVerb(g))) {
                    g--;
                }
                if (g >= 0 && v.pos(g).equals("NOUN") && lexicon.words("decisionNouns").contains(v.lower(g))) {
                    return FACT; // "Lithuania's decision to expel three diplomats": decided and done
                }
                if (g >= 2 && decidedBy(v, g, lexicon)) {
                    return FACT; // "the decision by Lithuania to expel"
                }
                if (causedBefore(v, g, lexicon)) {
                    return FACT; // "prompted Mexico to break off relations", "was forced to withdraw"
                }
                if (g >= 0 && v.pos(g).equals("NOUN") && lexicon.words("hypotheticalNouns").contains(v.lower(g))) {
                    return HYPOTHETICAL; // "rejected the EU's demand to impose sanctions": what was asked for
                }
                if (g >= 0 && (v.lower(g).startsWith("refus") || v.lower(g).startsWith("declin"))) {
                    return REFUSED; // "refused to meet": a rejection, not a meeting
                }
                if (g >= 0 && (lexicon.words("factiveVerbs").contains(v.lower(g)) || v.lower(g).equals("continued"))) {
                    return FACT; // "voted to demand", "went on to sign", "continued to urge": the act happened
                }
                if (g > 0 && lexicon.words("intentVerbs").contains(v.lower(g)) && v.lower(g).endsWith("ed")
                    && SentenceView.BE_FORMS.contains(v.lower(g - 1))) {
                    return HYPOTHETICAL; // "is expected to visit", "was asked to leave": someone else's plan for them
                }
                if (g >= 0 && (lexicon.words("intentVerbs").contains(v.lower(g)) || isIntentAdjective(v, g, lexicon))) {
                    return INTENT;
                }
                // "agreed on Friday to hold talks", "voted on Tuesday to approve": a short phrase of time between
                // the governing verb and the infinitive.
                // "agreed last month to sell" too.
                for (int q = k - 1; q >= Math.max(1, k - 4) && !v.isVerb(q) && !v.isComma(q); q--) {
                    if (v.pos(q).equals("PROPN") && v.mentionAt[q] != null) {
                        break; // "called on Israel to agree": the infinitive is the named party's, not a plan
                    }
                    boolean timePhrase = v.pos(q).equals("ADP") || Chunker.TIME_NOUNS.contains(v.lower(q));
                    if (timePhrase && lexicon.words("intentVerbs").contains(v.lower(q - 1))) {
                        return INTENT;
                    }
                    if (timePhrase && lexicon.words("factiveVerbs").contains(v.lower(q - 1))) {
                        return FACT;
                    }
                    if (timePhrase && q > 1 && v.lower(q - 1).matches("last|this|next|on|that") && !v.isVerb(q - 1)
                        && lexicon.words("intentVerbs").contains(v.lower(q - 2))) {
                        return INTENT;
                    }
                }
                return HYPOTHETICAL;
            }
            if (v.isAux(k) || v.pos(k).equals("ADV") || v.pos(k).equals("PART")) {
                k--;
                steps++;
                continue;
            }
            break;
        }
        // "neither Washington nor London criticised New Delhi", "no Western leader attended": a negated subject
        for (int c = i - 1; c >= Math.max(0, i - 8); c--) {
            String w = v.lower(c);
            if (w.equals("neither") || w.equals("nor") || w.equals("no") && v.pos(c).equals("DET")) {
                return NEGATED;
            }
            if (!(v.pos(c).equals("PROPN") || v.pos(c).equals("NOUN") || v.pos(c).equals("ADJ")
                || v.pos(c).equals("DET") || v.pos(c).equals("CCONJ") || v.pos(c).equals("ADV") || v.isAux(c))) {
                break;
            }
        }
        // "rejected accusations that it supplied weapons": the content of a claim is not a reported fact.
        for (int c = i - 1; c >= Math.max(1, i - 12); c--) {
            if (v.lower(c).equals("that") && lexicon.words("claimNouns").contains(v.lower(c - 1))) {
                return HYPOTHETICAL;
            }
        }
        // "accused Moscow of supplying drones", "blamed Kyiv, saying it had shelled the plant": what a claim
        // verb charges someone with is the claim's content, not a reported fact.
        for (int c = i - 1; c >= Math.max(0, i - 20); c--) {
            String w = v.lower(c);
            if (w.equals("and") && v.isVerb(c + 1)) {
                break; // "… and vowed to retaliate": a new act of the subject
            }
            if (lexicon.words("claimVerbs").contains(w) && v.isVerb(c)) {
                for (int q = c + 1; q < i; q++) {
                    String x = v.lower(q);
                    if (x.equals("of") || x.equals("that") || x.equals("saying") || x.equals("for")) {
                        return HYPOTHETICAL;
                    }
                }
                break;
            }
        }
        // A condition or open question governs the whole clause, but not a participle that tells what a phrase
        // in it already is: "whether the deal brokered by Turkey could be implemented"
        boolean reducedRelative = v.lower(i).endsWith("ed") && i + 1 < v.size() && v.lower(i + 1).equals("by")
            && v.npEndingBefore(i) != null;
        for (int c = i - 1; c >= 0 && !reducedRelative; c--) {
            if (v.isBoundary(c)) {
                break;
            }
            if (lexicon.words("conditionals").contains(v.lower(c))) {
                return HYPOTHETICAL;
            }
        }
        return FACT;
    }

    /** Whether a condition ("if", "unless") opens later in the clause of the word at {@code i}. */
    private static boolean conditionAfter(SentenceView v, int i, Lexicon lexicon) {
        for (int c = i + 1; c < v.size() && !v.isBoundary(c); c++) {
            if (v.lower(c).equals("and") && c + 1 < v.size() && (v.isVerb(c + 1) || v.isAux(c + 1))) {
                return false; // "would suspend its obligations and would withdraw unless …": the next act's condition
            }
            if (lexicon.words("conditionals").contains(v.lower(c)) && !v.lower(c).equals("whether")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause at {@code k} is what a speech or announcement verb before it reports. */
    private static boolean reported(SentenceView v, int k, Lexicon lexicon) {
        for (int j = k - 1; j >= Math.max(0, k - 8); j--) {
            if (v.isBoundary(j)) {
                return false;
            }
            if (announces(v, j)) {
                return true;
            }
        }
        // "Germany will deliver three more Patriot systems to Ukraine, Chancellor Olaf Scholz announced."
        for (int c = k + 1; c + 2 < v.size() && !v.isBoundary(c); c++) {
            if (v.isComma(c)) {
                Np n = v.np(c + 1);
                if (n != null && n.start() == c + 1 && n.end() < v.size() && announces(v, n.end())
                    || announces(v, c + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean announces(SentenceView v, int j) {
        String w = v.lower(j);
        return v.isVerb(j) && (w.startsWith("announc") || w.startsWith("said") || w.startsWith("declar")
            || w.startsWith("confirm") || w.startsWith("decid") || w.startsWith("order") || w.startsWith("agree")
            || w.startsWith("pledg") || w.startsWith("promis") || w.startsWith("vow"));
    }

    /** "is ready to", "remain willing to": an adjective of intention after a linking verb, before the infinitive. */
    private static boolean isIntentAdjective(SentenceView v, int g, Lexicon lexicon) {
        // "is due to", "is set to" and "is scheduled to" announce a plan, not an actor's intention: hypothetical.
        return lexicon.words("intentAdjectives").contains(v.lower(g)) && g > 0
            && (v.isAux(g - 1) || lexicon.words("linkingVerbs").contains(v.lower(g - 1)));
    }

    /**
     * Whether the infinitive whose "to" follows {@code g} is caused in the past: a past causative verb and its
     * object ("prompted Mexico", "forced the two sides") or a passive one ("was forced").
     */
    private static boolean causedBefore(SentenceView v, int g, Lexicon lexicon) {
        WordList causatives = lexicon.words("causativeVerbs");
        if (g >= 1 && causatives.contains(v.lower(g)) && SentenceView.BE_FORMS.contains(v.lower(g - 1))) {
            return !v.lower(g - 1).equals("be") && !v.lower(g - 1).equals("being");
        }
        Np object = g >= 0 ? v.npEndingAt(g) : null;
        int c = object == null ? -1 : object.start() - 1;
        return c >= 0 && causatives.contains(v.lower(c)) && SentenceView.simplePastForm(v.lower(c), lexicon);
    }

    /** Whether {@code g} ends a name after "by" that follows a decision noun ("the decision by Lithuania"). */
    private static boolean decidedBy(SentenceView v, int g, Lexicon lexicon) {
        Np owner = v.npEndingAt(g);
        if (owner == null || owner.headName() == null || owner.start() < 2 || !v.lower(owner.start() - 1).equals("by")) {
            return false;
        }
        Np decision = v.npEndingAt(owner.start() - 2);
        return decision != null && lexicon.words("decisionNouns").contains(v.lower(decision.head()));
    }
}
