package org.diplomacykg.fact;

import java.util.List;

/**
 * A judgement on the state of a relationship: "ties are at an all-time low".
 *
 * @param parties    IRIs of the actors whose relationship it is (usually two)
 * @param state      the words that judge it ("all-time low", "worsened")
 * @param polarity   -1 for worse or bad, +1 for better or good
 * @param assessedBy IRI of who judges it, or {@code null} when it is the article's own judgement
 * @param date       when it was said, or {@code null}
 * @param sentence   index of the sentence
 * @param span       where the state words are
 */
public record Assessment(List<String> parties, String state, int polarity, String assessedBy, TimeValue date,
                         int sentence, TextSpan span) {
    public Assessment {
        parties = List.copyOf(parties);
    }
}
