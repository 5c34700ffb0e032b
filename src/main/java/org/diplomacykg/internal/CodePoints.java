package org.diplomacykg.internal;

/**
 * Converts Java {@code char} offsets into Unicode code-point offsets, as NIF 2.0 counts them. Built once
 * per text; O(1) per lookup, and free when the text has no supplementary characters.
 */
public final class CodePoints {
    private final int[] cpAt; // null when every char is one code point

    public CodePoints(String text) {
        boolean hasSurrogates = false;
        for (int i = 0; i < text.length() && !hasSurrogates; i++) {
            hasSurrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!hasSurrogates) {
            cpAt = null;
            return;
        }
        cpAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            cpAt[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            } else {
                cpAt[i] = cp - 1;
            }
        }
        cpAt[text.length()] = cp;
    }

    /** The code-point offset of the char offset {@code charIndex} (0 ≤ charIndex ≤ length). */
    public int toCodePoint(int charIndex) {
        return cpAt == null ? charIndex : cpAt[charIndex];
    }
}
