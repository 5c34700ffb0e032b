package org.diplomacykg.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the linker decided for one local entity: its candidates, best first, and the link made or why none was.
 *
 * @param entity     the local entity
 * @param candidates every candidate considered, best first
 * @param link       the link made, or {@code null}
 * @param verdict    why it was linked or refused, in one line
 */
public record Decision(LocalEntity entity, List<Candidate> candidates, Link link, String verdict) {
    public Decision {
        Objects.requireNonNull(entity, "entity");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(verdict, "verdict");
    }

    public Optional<Link> linked() {
        return Optional.ofNullable(link);
    }
}
