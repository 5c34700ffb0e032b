package org.diplomacykg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplomacykg.text.Token;
import org.diplomacykg.text.Tokens;

/** A list of cue words and phrases, matched case-insensitively as token sequences. */
public final class WordList {
    private final String name;
    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();
    private int size;

    WordList(String name) {
        this.name = name;
    }

    void add(String phrase) {
        List<String> words = words(phrase.toLowerCase(Locale.ROOT));
        if (words.isEmpty()) {
            return;
        }
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words.subList(1, words.size()));
        size++;
    }

    /**
     * The tokens of a lower-case entry. An abbreviation ("mr.", "gen.") stays one token, as the tokenizer
     * keeps it in text, whatever the case the list is written in.
     */
    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String piece : phrase.trim().split("\\s+")) {
            if (piece.length() > 1 && piece.length() <= 6 && piece.endsWith(".") && piece.indexOf('.') == piece.length() - 1) {
                out.add(piece);
            } else {
                out.addAll(Tokens.words(piece));
            }
        }
        return out;
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    /** Whether a single lower-case word is in the list. */
    public boolean contains(String lowerWord) {
        List<List<String>> tails = byFirstWord.get(lowerWord);
        return tails != null && tails.stream().anyMatch(List::isEmpty);
    }

    /** The number of tokens of the longest entry starting at {@code i}, or 0. */
    public int matchAt(List<Token> tokens, int i) {
        List<List<String>> tails = byFirstWord.get(tokens.get(i).lower());
        if (tails == null) {
            return 0;
        }
        int best = 0;
        for (List<String> tail : tails) {
            // a quotation mark inside the phrase does not break it: respond "at the time and place of its choosing"
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < tail.size() && ok; k++) {
                while (j < tokens.size() && QUOTES.contains(tokens.get(j).text())) {
                    j++;
                }
                ok = j < tokens.size() && tokens.get(j).lower().equals(tail.get(k));
                j++;
            }
            if (ok) {
                best = Math.max(best, j - i);
            }
        }
        return best;
    }

    private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "“", "”", "‘", "’", "'");

    /** Whether an entry ends right before token {@code end}: "Prime Minister" before "Modi". */
    public boolean endsAt(List<Token> tokens, int end) {
        for (int start = Math.max(0, end - 4); start < end; start++) {
            List<List<String>> tails = byFirstWord.get(tokens.get(start).lower());
            if (tails == null) {
                continue;
            }
            for (List<String> tail : tails) {
                boolean ok = tail.size() == end - start - 1;
                for (int k = 0; k < tail.size() && ok; k++) {
                    ok = tokens.get(start + 1 + k).lower().equals(tail.get(k));
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any entry occurs in tokens [from, to). */
    public boolean occursIn(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            int n = matchAt(tokens, i);
            if (n > 0 && i + n <= to) {
                return true;
            }
        }
        return false;
    }
}
