package org.diplomacykg.lexicon;

import java.util.List;

/**
 * One way a pattern shows in text: a word form (lower case) and, for multi-word triggers, the words that
 * must follow it.
 *
 * @param pattern the pattern
 * @param verb    whether the trigger is a verb (else a noun)
 * @param lemma   the lemma entry as written in the pattern
 * @param tail    words that must follow the first one ("out" in "carry out"), lower case
 */
public record Trigger(EventPattern pattern, boolean verb, String lemma, List<String> tail) {
    public Trigger {
        tail = List.copyOf(tail);
    }
}
