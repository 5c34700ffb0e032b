package org.diplomacykg.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An external resource considered for a local entity, with the evidence scored for it.
 *
 * @param target   the external resource
 * @param name     the best agreement between our names and its names
 * @param evidence every reason for and against, in the order scored
 * @param veto     why it can never be linked (a city is not a person), or {@code null}
 */
public record Candidate(ExternalEntity target, NameMatch name, List<Evidence> evidence, String veto) {
    public Candidate {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        evidence = List.copyOf(evidence);
    }

    /** The sum of the evidence, from 0 to 100; 0 when vetoed. */
    public int points() {
        if (veto != null) {
            return 0;
        }
        int sum = evidence.stream().mapToInt(Evidence::points).sum();
        return Math.max(0, Math.min(100, sum));
    }

    /** {@link #points()} as a confidence from 0 to 1. */
    public double confidence() {
        return points() / 100.0;
    }

    public Optional<String> vetoed() {
        return Optional.ofNullable(veto);
    }

    /** The evidence of one feature, if scored. */
    public Optional<Evidence> evidence(Evidence.Feature feature) {
        return evidence.stream().filter(e -> e.feature() == feature).findFirst();
    }
}
