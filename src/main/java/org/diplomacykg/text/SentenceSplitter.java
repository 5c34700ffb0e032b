package org.diplomacykg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the tokens of one block into sentences. A full stop, question or exclamation mark (with any closing
 * quotes or brackets after it) ends a sentence when what follows starts like a sentence. Abbreviations keep
 * their period inside the token, so "Gen. Smith" never splits; an abbreviation ends a sentence only when a
 * typical sentence opener follows ("… in the U.S. The talks …").
 */
final class SentenceSplitter {
    private static final Set<String> TERMINALS = Set.of(".", "!", "?", "...", "…");
    private static final Set<String> CLOSERS = Set.of("”", "\"", "’", "'", ")", "]", "»");
    private static final Set<String> OPENERS = Set.of(
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This", "That",
        "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "As", "After", "When", "While", "Meanwhile",
        "However", "Yet", "So", "Still", "Officials", "Both");

    /** Sentences as [from, to) token index ranges. */
    List<int[]> split(List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean terminal = TERMINALS.contains(t);
            boolean abbreviation = !terminal && t.length() > 1 && t.endsWith(".");
            if (!terminal && !abbreviation) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && closes(tokens.get(last), tokens.get(last + 1))) {
                last++;
            }
            if (last + 1 >= tokens.size()) {
                break;
            }
            Token next = tokens.get(last + 1);
            boolean startsSentence = terminal ? startsLikeSentence(next) : OPENERS.contains(next.text());
            if (startsSentence) {
                out.add(new int[] {from, last + 1});
                from = last + 1;
                i = last;
            }
        }
        if (from < tokens.size()) {
            out.add(new int[] {from, tokens.size()});
        }
        return out;
    }

    /**
     * Whether {@code next} closes the sentence ending at {@code previous}. A straight quote is ambiguous: after
     * a space it opens the next sentence ("left. \"It was …"), so it closes only when attached.
     */
    private static boolean closes(Token previous, Token next) {
        String t = next.text();
        if (!CLOSERS.contains(t)) {
            return false;
        }
        return !(t.equals("\"") || t.equals("'")) || next.begin() == previous.end();
    }

    private static boolean startsLikeSentence(Token next) {
        String t = next.text();
        int c = t.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)
            || t.equals("“") || t.equals("\"") || t.equals("‘") || t.equals("(") || t.equals("«") || t.equals("-")
            || t.equals("–") || t.equals("—");
    }
}
