package org.diplomacykg.extract;

import java.util.List;

/**
 * A noun phrase of a sentence: tokens [start, end), its head token, and the mentions inside it.
 *
 * @param start    first token
 * @param end      last token (exclusive)
 * @param head     index of the head token (the last noun or name)
 * @param headName the mention the head belongs to, or {@code null}
 * @param modifiers mentions before the head: "US" in "US-Russian negotiations", "Russia" in "Russia's economy"
 */
record Np(int start, int end, int head, Mention headName, List<Mention> modifiers) {
    Np {
        modifiers = List.copyOf(modifiers);
    }

    boolean contains(int token) {
        return token >= start && token < end;
    }
}
