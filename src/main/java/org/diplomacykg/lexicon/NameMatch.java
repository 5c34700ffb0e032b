package org.diplomacykg.lexicon;

import java.util.List;

/**
 * Dictionary entries found at a token position.
 *
 * @param start      first token (inclusive)
 * @param end        last token (exclusive)
 * @param candidates the entries whose surface form spans those tokens, best first
 */
public record NameMatch(int start, int end, List<Candidate> candidates) {
    public NameMatch {
        candidates = List.copyOf(candidates);
    }

    /**
     * One reading of a surface form.
     *
     * @param entity the entity named
     * @param form   how the form names it
     */
    public record Candidate(Entity entity, NameForm form) {}
}
