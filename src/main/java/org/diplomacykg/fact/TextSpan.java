package org.diplomacykg.fact;

/**
 * A stretch of the article text, in {@code char} offsets (the RDF writer converts them to code points).
 *
 * @param begin first char (inclusive)
 * @param end   last char (exclusive)
 */
public record TextSpan(int begin, int end) {
    public TextSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
    }
}
