package org.diplomacykg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens the way the Universal Dependencies English treebank does: possessive
 * {@code 's} and {@code n't} apart, hyphenated compounds apart ("US-Russian" → US - Russian), abbreviations
 * and initials keeping their period ("U.S.", "Gen.", "F."). Stateless and thread-safe.
 */
final class Tokenizer {
    private final Abbreviations abbreviations;

    Tokenizer(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> tokenize(String text, int begin, int end) {
        List<Token> out = new ArrayList<>();
        int i = begin;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                i = word(text, i, end, out);
            } else if (c == '.' && i + 2 < end && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                out.add(new Token("...", i, i + 3, "X"));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                int n = Character.charCount(cp);
                out.add(new Token(text.substring(i, i + n), i, i + n, "X"));
                i += n;
            }
        }
        return out;
    }

    private static final java.util.Set<String> CLITICS = java.util.Set.of("s", "re", "ve", "ll", "d", "m", "t");

    /** Whether the letters from {@code from} are an English clitic ("Russia's", "they're"). */
    private static boolean isClitic(String text, int from, int end) {
        int m = from;
        while (m < end && Character.isLetter(text.charAt(m))) {
            m++;
        }
        return CLITICS.contains(text.substring(from, m).toLowerCase(java.util.Locale.ROOT));
    }

    private int word(String text, int start, int end, List<Token> out) {
        // Letter-dot sequences: U.S., U.S.A., p.m., D.C.
        int k = start;
        while (k + 1 < end && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.') {
            k += 2;
        }
        if (k - start >= 4 && (k >= end || !Character.isLetterOrDigit(text.charAt(k)))) {
            out.add(new Token(text.substring(start, k), start, k, "X"));
            return k;
        }

        int i = start;
        boolean digits = Character.isDigit(text.charAt(start));
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == ',' || c == '.') && digits && i + 1 < end && Character.isDigit(text.charAt(i + 1))) {
                i++; // 1,000 and 3.5
            } else if ((c == '\'' || c == '’') && i + 1 < end && Character.isUpperCase(text.charAt(i + 1))
                && i > start && Character.isLetter(text.charAt(i - 1))) {
                i++; // O'Brien, N'Djamena
            } else if ((c == '\'' || c == '’') && i > start && Character.isUpperCase(text.charAt(start))
                && Character.isLetter(text.charAt(i - 1)) && i + 1 < end && Character.isLowerCase(text.charAt(i + 1))
                && !isClitic(text, i + 1, end)) {
                i++; // a name's inner apostrophe: Lan Fo'an, Qur'an, Ba'ath
            } else if ((c == '\'' || c == '’') && i == start + 1 && i + 1 < end && Character.isLetter(text.charAt(i + 1))
                && (text.charAt(start) == 'd' || text.charAt(start) == 'l')) {
                i++; // a French elision is one word: chargé d'affaires
            } else {
                break;
            }
        }
        String w = text.substring(start, i);

        // Clitics: n't, 's, 're, 've, 'll, 'd, 'm (straight or curly apostrophe).
        if (i < end && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
            int ck = i + 1;
            int m = ck;
            while (m < end && Character.isLetter(text.charAt(m))) {
                m++;
            }
            String clitic = text.substring(ck, m).toLowerCase(java.util.Locale.ROOT);
            if (clitic.equals("t") && w.length() > 1 && (w.endsWith("n") || w.endsWith("N"))) {
                out.add(new Token(w.substring(0, w.length() - 1), start, i - 1, "X"));
                out.add(new Token(text.substring(i - 1, m), i - 1, m, "X"));
                return m;
            }
            if (CLITICS.contains(clitic) && !clitic.equals("t")) { // "n't" was split above
                out.add(new Token(w, start, i, "X"));
                out.add(new Token(text.substring(i, m), i, m, "X"));
                return m;
            }
        }

        // A period that belongs to the word: a listed abbreviation or an initial.
        if (i < end && text.charAt(i) == '.') {
            String withDot = w + ".";
            Abbreviations.Kind kind = abbreviations.kind(withDot);
            boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0));
            boolean beforeNumber = kind == Abbreviations.Kind.BEFORE_NUMBER && nextIsNumber(text, i + 1, end);
            if (kind == Abbreviations.Kind.ALWAYS || beforeNumber || initial) {
                out.add(new Token(withDot, start, i + 1, "X"));
                return i + 1;
            }
        }
        out.add(new Token(w, start, i, "X"));
        return i;
    }

    private static boolean nextIsNumber(String text, int from, int end) {
        int k = from;
        while (k < end && text.charAt(k) == ' ') {
            k++;
        }
        return k < end && Character.isDigit(text.charAt(k));
    }
}
