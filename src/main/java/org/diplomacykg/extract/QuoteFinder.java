package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.fact.TextSpan;
import org.diplomacykg.text.AnalyzedText;
import org.diplomacykg.text.Block;
import org.diplomacykg.text.Sentence;

/**
 * Finds quotations: text between curly quotes (or pairs of straight ones) within a paragraph, of at least
 * three words, possibly spanning sentences.
 */
final class QuoteFinder {
    private QuoteFinder() {}

    /** Quoted spans (without the marks) in article order. */
    static List<TextSpan> find(AnalyzedText text) {
        List<TextSpan> out = new ArrayList<>();
        String s = text.text();
        for (Block b : text.blocks()) {
            int open = -1;
            boolean straightOpen = false;
            for (int i = b.begin(); i < b.end(); i++) {
                char c = s.charAt(i);
                if (c == '“' || c == '«') {
                    open = i + 1;
                } else if ((c == '”' || c == '»') && open >= 0) {
                    add(out, s, open, i);
                    open = -1;
                } else if (c == '"') {
                    if (!straightOpen) {
                        open = i + 1;
                        straightOpen = true;
                    } else {
                        add(out, s, open, i);
                        open = -1;
                        straightOpen = false;
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<TextSpan> out, String s, int begin, int end) {
        while (begin < end && Character.isWhitespace(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (s.substring(begin, end).split("\\s+").length >= 3) {
            out.add(new TextSpan(begin, end));
        }
    }

    /** The index of the sentence containing char {@code pos}. */
    static int sentenceAt(List<Sentence> sentences, int pos) {
        for (Sentence se : sentences) {
            if (pos >= se.begin() - 1 && pos < se.end()) {
                return se.index();
            }
        }
        return -1;
    }
}
