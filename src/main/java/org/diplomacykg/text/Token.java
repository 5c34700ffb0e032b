package org.diplomacykg.text;

/**
 * A token with its char offsets into the article text and its Universal Dependencies part-of-speech tag.
 *
 * @param text  the token as written
 * @param begin first char (inclusive)
 * @param end   last char (exclusive)
 * @param pos   UD part-of-speech tag (NOUN, PROPN, VERB, ADP, …), or "X" before tagging
 */
public record Token(String text, int begin, int end, String pos) {
    public Token {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token span [" + begin + "," + end + ") for '" + text + "'");
        }
    }

    public Token withPos(String newPos) {
        return new Token(text, begin, end, newPos);
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
