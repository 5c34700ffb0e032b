package org.diplomacykg.text;

import java.util.List;

/**
 * A sentence of an article, with char offsets into the article text.
 *
 * @param index   0-based position in the article
 * @param begin   first char (inclusive)
 * @param end     last char (exclusive)
 * @param kind    the kind of line it comes from
 * @param block   index of the block (line or paragraph) it belongs to
 * @param tokens  its tokens, tagged
 * @param text    its text
 */
public record Sentence(int index, int begin, int end, BlockKind kind, int block, List<Token> tokens, String text) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence span [" + begin + "," + end + ")");
        }
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }
}
