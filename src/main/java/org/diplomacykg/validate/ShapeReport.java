package org.diplomacykg.validate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of checking a graph against the shapes: whether it conforms, and every result, sorted by focus
 * node, path and message.
 *
 * @param conforms   true when there is no result of severity Violation
 * @param violations every result the validator reported, in a stable order
 */
public record ShapeReport(boolean conforms, List<Violation> violations) {
    public ShapeReport {
        violations = List.copyOf(violations);
    }

    /** The distinct focus nodes with at least one result, in report order. */
    public Set<String> focusNodes() {
        Set<String> nodes = new LinkedHashSet<>();
        violations.forEach(v -> nodes.add(v.focusNode()));
        return nodes;
    }

    /** One line per result (see {@link Violation#line()}). */
    public List<String> lines() {
        return violations.stream().map(Violation::line).toList();
    }

    /** "conforms", or how many results there are on how many nodes. */
    public String summary() {
        if (violations.isEmpty()) {
            return "conforms: no SHACL violations";
        }
        int n = violations.size();
        int nodes = focusNodes().size();
        return (conforms ? "conforms, with " : "does not conform: ") + n + (n == 1 ? " result" : " results") + " on "
            + nodes + (nodes == 1 ? " node" : " nodes");
    }
}
