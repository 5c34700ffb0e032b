package org.diplomacykg.lexicon;

import java.time.LocalDate;
import org.diplomacykg.fact.TimeValue;

/**
 * A post held from {@code start} until {@code end}.
 *
 * @param post  IRI of the post
 * @param start when it began, or {@code null} if unknown
 * @param end   when it ended, or {@code null} if it has not
 */
public record Tenure(String post, TimeValue start, TimeValue end) {

    /** Whether the post was held on {@code day}; unknown starts count as "before". */
    public boolean heldOn(LocalDate day) {
        boolean started = start == null || start.firstDay().map(d -> !d.isAfter(day)).orElse(true);
        boolean notEnded = end == null || end.lastDay().map(d -> !d.isBefore(day)).orElse(true);
        return started && notEnded;
    }
}
