package org.diplomacykg.link;

import java.util.Collections;
import java.util.Set;

/**
 * Something a fact points to (a country, an office, a capital, a class): its IRI or literal value, a label
 * to show, and every key it can be recognised by (its IRI, the IRIs it is {@code owl:sameAs}, its
 * normalised names). Two refs agree when they share a key, so that {@code wd:Q30}, {@code dbr:United_States}
 * and {@code country:us} agree as soon as one of them carries the other's IRI or name.
 *
 * @param value IRI or lexical form
 * @param label a name to show, or the value itself
 * @param keys  the keys it matches by
 */
public record Ref(String value, String label, Set<String> keys) {
    public Ref {
        keys = Set.copyOf(keys);
    }

    /** Whether the two share a key. */
    public boolean agreesWith(Ref other) {
        return other != null && !Collections.disjoint(keys, other.keys);
    }

    /**
     * Whether the two share a key, or a name of one is a name of the other with words added, at least two
     * words in common ("Director of the Foreign Intelligence Service" and "Director of the Foreign
     * Intelligence Service of Russia"). For offices, which datasets name more or less fully.
     */
    public boolean agreesLooselyWith(Ref other) {
        if (agreesWith(other)) {
            return true;
        }
        if (other == null) {
            return false;
        }
        for (String a : keys) {
            for (String b : other.keys) {
                if (!a.contains("://") && !b.contains("://") && contained(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> FILLERS = Set.of("of", "the", "and", "for", "in", "on");

    private static boolean contained(String a, String b) {
        Set<String> x = new java.util.HashSet<>(Names.words(a));
        Set<String> y = new java.util.HashSet<>(Names.words(b));
        x.removeAll(FILLERS);
        y.removeAll(FILLERS);
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> big = small == x ? y : x;
        return small.size() >= 2 && big.containsAll(small);
    }

    /** For explanations: the label, with the value if it differs. */
    public String describe() {
        if (!value.contains("://")) {
            return value;
        }
        String shortForm = Vocab.shortForm(value);
        return label.equals(value) || label.equals(shortForm) ? shortForm : label + " (" + shortForm + ")";
    }
}
