package org.diplomacykg.link;

/**
 * How one of our names agrees with one of a candidate's.
 *
 * @param level  how closely
 * @param ours   our name (label or alias)
 * @param theirs the candidate's name
 */
public record NameMatch(Level level, String ours, String theirs) {

    /** Levels of agreement, strongest first, with the points each gives a candidate. */
    public enum Level {
        /** Equal after normalisation (case, accents, punctuation): "Chisinau" = "Chișinău". */
        EXACT(60, "exact"),
        /** Equal once spelling variants are folded: "Kyiv" = "Kiev". */
        VARIANT(55, "spelling variant"),
        /** Same given and family name, initials and middle names aside: "William J. Burns" ~ "William Burns". */
        GIVEN_AND_FAMILY(50, "given and family name"),
        /** One name is a single word of the other: "Austin" in "Lloyd Austin". */
        PARTIAL(20, "one word only"),
        NONE(0, "no match");

        private final int points;
        private final String description;

        Level(int points, String description) {
            this.points = points;
            this.description = description;
        }

        /** Points (hundredths of confidence) the level gives a candidate. */
        public int points() {
            return points;
        }

        public String description() {
            return description;
        }
    }

    /** Whether the names agree at all. */
    public boolean matches() {
        return level != Level.NONE;
    }

    /** For explanations: {@code exact: "Kyiv" = "Kiev"}. */
    public String describe() {
        return level.description() + ": \"" + ours + "\" ~ \"" + theirs + "\"";
    }
}
