package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.text.Token;

/**
 * Groups tokens into noun phrases from their tags: determiners, adjectives, numbers, nouns, names (a
 * mention is indivisible), possessive 's, hyphens inside compounds ("US-Russian") and conjunctions between
 * adjectives ("economic and military backing"). The head is the last noun or name.
 */
final class Chunker {
    private Chunker() {}

    private enum Unit { DET, ADJ, NOUN, NAME, POSS, HYPHEN, CONJ, PRONOUN, NONE }

    /** Nouns of time: "On Tuesday afternoon", "agreed last month to …", "the same day". */
    static final java.util.Set<String> TIME_NOUNS = java.util.Set.of("morning", "afternoon", "evening",
        "night", "day", "days", "week", "weekend", "month", "year", "today", "yesterday", "hours", "minutes", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final java.util.Set<String> CAPITALISED_FUNCTION_WORDS = java.util.Set.of("of", "in", "on", "at",
        "to", "for", "and", "or", "the", "a", "an", "by", "with", "from", "as", "is", "are", "was", "were", "i");

    /** Personal pronouns that form a phrase of their own and may refer to a person named before. */
    static final java.util.Set<String> PERSONAL_PRONOUNS = java.util.Set.of("he", "she", "him", "it", "they", "them");

    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("several", "many", "few", "multiple",
        "numerous", "countless");

    static List<Np> chunk(List<Token> t, Mention[] mentionAt) {
        int n = t.size();
        Unit[] u = new Unit[n];
        for (int i = 0; i < n; i++) {
            u[i] = unit(t, i, mentionAt);
        }
        // Hyphens and conjunctions belong to a phrase only between its words.
        for (int i = 0; i < n; i++) {
            if (u[i] == Unit.HYPHEN && !(i > 0 && i + 1 < n && word(u[i - 1]) && word(u[i + 1]))) {
                u[i] = Unit.NONE;
            }
            if (u[i] == Unit.CONJ) {
                boolean adjBefore = i > 0 && u[i - 1] == Unit.ADJ;
                int k = i + 1;
                while (k < n && t.get(k).pos().equals("ADV")) {
                    k++;
                }
                boolean adjAfter = k < n && u[k] == Unit.ADJ;
                if (!(adjBefore && adjAfter)) {
                    u[i] = Unit.NONE;
                }
            }
        }
        List<Np> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (u[i] == Unit.PRONOUN) {
                out.add(new Np(i, i + 1, i, null, List.of()));
                i++;
                continue;
            }
            if (u[i] == Unit.NONE || u[i] == Unit.POSS || u[i] == Unit.HYPHEN || u[i] == Unit.CONJ) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (end < n && u[end] != Unit.NONE) {
                if (u[end] == Unit.PRONOUN && end > start) {
                    break; // "in February [he] received": a pronoun is a phrase of its own
                }
                if (u[end] == Unit.DET && end > start && u[end - 1] != Unit.POSS) {
                    break; // a new determiner starts a new phrase
                }
                if (end > start && u[end - 1] == Unit.NOUN && TIME_NOUNS.contains(t.get(end - 1).lower())
                    && (u[end] == Unit.NAME || u[end] == Unit.NOUN && t.get(end).isCapitalized())) {
                    break; // "On Tuesday afternoon [Mr Obama]": the time phrase ends before the name
                }
                if (end > start && (u[end - 1] == Unit.NOUN || u[end - 1] == Unit.NAME)
                    && QUANTIFIERS.contains(t.get(end).lower())) {
                    break; // "spoke with [the emir] [several times]"
                }
                boolean demonymBefore = end > start && mentionAt[end - 1] != null
                    && mentionAt[end - 1].isDemonym();
                if (u[end] == Unit.ADJ && end > start && (u[end - 1] == Unit.NAME || u[end - 1] == Unit.NOUN)
                    && u[start] != Unit.DET && !demonymBefore) {
                    break; // an adjective after a bare noun starts the next phrase: "gave [Kyiv] [military aid]"
                }
                end++;
            }
            int head = -1;
            for (int k = end - 1; k >= start; k--) {
                if (u[k] == Unit.NOUN || u[k] == Unit.NAME) {
                    head = k;
                    break;
                }
            }
            if (head < 0) {
                i = end;
                continue;
            }
            // A trailing possessive belongs to the next phrase ("Russia 's economy" is one phrase anyway).
            int realEnd = head + 1;
            while (realEnd < end && u[realEnd] != Unit.DET) {
                realEnd++;
            }
            if (mentionAt[head] != null) {
                head = mentionAt[head].end() - 1;
            }
            Mention headName = mentionAt[head];
            List<Mention> modifiers = new ArrayList<>();
            for (int k = start; k < realEnd; k++) {
                Mention m = mentionAt[k];
                if (m != null && m != headName && (modifiers.isEmpty() || modifiers.get(modifiers.size() - 1) != m)) {
                    modifiers.add(m);
                }
            }
            if (headName != null && headName.isDemonym()) {
                // "the Russian" alone: the demonym is the head only when nothing follows it.
                modifiers.add(headName);
                headName = null;
            }
            out.add(new Np(start, realEnd, head, headName, modifiers));
            i = realEnd;
        }
        return out;
    }

    private static boolean word(Unit u) {
        return u == Unit.ADJ || u == Unit.NOUN || u == Unit.NAME;
    }

    private static Unit unit(List<Token> t, int i, Mention[] mentionAt) {
        if (mentionAt[i] != null) {
            return Unit.NAME;
        }
        Token tok = t.get(i);
        String w = tok.lower();
        String pos = tok.pos();
        if (PERSONAL_PRONOUNS.contains(w) && pos.equals("PRON")) {
            return Unit.PRONOUN;
        }
        if (w.equals("'s") || w.equals("’s") || w.equals("'") && i > 0 && t.get(i - 1).lower().endsWith("s")) {
            return Unit.POSS;
        }
        if (w.equals("-") || w.equals("‑")) {
            return Unit.HYPHEN;
        }
        if (w.equals("and") || w.equals("or") || w.equals(",")) {
            return Unit.CONJ;
        }
        if (pos.equals("DET") || SentenceView.POSSESSIVE_PRONOUNS.contains(w) && pos.equals("PRON")) {
            return w.equals("that") || w.equals("which") ? Unit.NONE : Unit.DET;
        }
        // Capitalised words inside a sentence belong to names and titles, whatever the tagger guessed
        // ("Chinese Foreign/ADP Minister Wang Yi").
        if (i > 0 && tok.isWord() && tok.isCapitalized() && !CAPITALISED_FUNCTION_WORDS.contains(w)
            && !pos.equals("DET") && !pos.equals("PRON") && !pos.equals("CCONJ")) {
            return Unit.NOUN;
        }
        if (pos.equals("ADJ") || pos.equals("NUM")) {
            return Unit.ADJ;
        }
        if (pos.equals("VERB") && i > 1 && (t.get(i - 1).text().equals("-") || t.get(i - 1).text().equals("‑"))
            && t.get(i - 1).end() == tok.begin() && t.get(i - 2).end() == t.get(i - 1).begin()) {
            return Unit.ADJ; // "the Russian-led alliance", "a U.S.-brokered truce": a compound adjective
        }
        if (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("X") && tok.isCapitalized() && tok.isWord()) {
            return Unit.NOUN;
        }
        return Unit.NONE;
    }
}
