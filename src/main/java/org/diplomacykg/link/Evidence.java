package org.diplomacykg.link;

import java.util.Locale;

/**
 * One reason for or against a candidate, with what it adds to the confidence.
 *
 * @param feature what it is about
 * @param points  hundredths of confidence it adds (negative: against)
 * @param reason  what was compared and how it came out
 */
public record Evidence(Feature feature, int points, String reason) {

    /** What evidence is about. */
    public enum Feature {
        /** Names and aliases, after normalisation and spelling variants. */
        NAME,
        /** The candidate's classes against our kind of entity. */
        TYPE,
        /** The only candidate of a fitting type with a full-name match. */
        UNIQUE,
        /** The Wikidata item the gazetteer already gives the entity. */
        KNOWN_ID,
        /** Citizenship or country. */
        COUNTRY,
        /** A country's capital. */
        CAPITAL,
        /** Offices held. */
        POST,
        /** Birth date against the dates of the posts held. */
        DATES;

        /** The name used in RDF and explanations: {@code known-id}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** For explanations: {@code country  +0.15  P27 citizenship United States (wd:Q30) agrees}. */
    public String describe() {
        return String.format(Locale.ROOT, "%-8s %+.2f  %s", feature.key(), points / 100.0, reason);
    }
}
