package org.diplomacykg.fact;

import java.util.List;

/**
 * A statement about the future, kept apart from events that happened.
 *
 * @param horizon  the year it looks to, or {@code null}
 * @param about    IRIs of the actors it names
 * @param sentence index of the sentence
 */
public record Forecast(TimeValue horizon, List<String> about, int sentence) {
    public Forecast {
        about = List.copyOf(about);
    }
}
