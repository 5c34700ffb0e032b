package org.diplomacykg.validate;

import java.util.Objects;
import org.diplomacykg.rdf.Prefixes;

/**
 * One SHACL result: the node that fails, the property path (empty when the whole node fails), the shape's
 * message, the severity ({@code Violation}, {@code Warning} or {@code Info}), the offending value if any, and
 * the shape that reported it.
 *
 * @param focusNode the failing node: a full IRI, or {@code _:label} for a blank node
 * @param path      the SPARQL property path, prefixed where a standard prefix applies; "" when none
 * @param message   what is wrong, in English
 * @param severity  {@code Violation}, {@code Warning} or {@code Info}
 * @param value     the offending value in Turtle-like form, or "" when there is none
 * @param shape     the shape (or constraint) that reported it, prefixed where possible
 */
public record Violation(String focusNode, String path, String message, String severity, String value, String shape) {
    public Violation {
        Objects.requireNonNull(focusNode, "focusNode");
        path = path == null ? "" : path;
        message = message == null ? "" : message;
        severity = severity == null ? "Violation" : severity;
        value = value == null ? "" : value;
        shape = shape == null ? "" : shape;
    }

    /** One readable line: focus node (prefixed), path, message. */
    public String line() {
        StringBuilder b = new StringBuilder();
        if (!severity.equals("Violation")) {
            b.append(severity).append(": ");
        }
        b.append(shortForm(focusNode));
        if (!path.isEmpty()) {
            b.append("  ").append(path);
        }
        b.append("  ").append(message);
        return b.toString();
    }

    /** A node written with the standard prefixes when one fits ({@code event:…}, {@code dip:…}), else {@code <iri>}. */
    static String shortForm(String iri) {
        if (iri.startsWith("_:")) {
            return iri;
        }
        String s = Prefixes.standard().shortForm(iri);
        return s.equals(iri) ? "<" + iri + ">" : s;
    }
}
