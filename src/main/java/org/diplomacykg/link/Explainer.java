package org.diplomacykg.link;

import java.util.Locale;

/** Formats a report for people: each entity, its candidates with scores and evidence, and the verdict. */
final class Explainer {
    private Explainer() {}

    static String explain(LinkReport report) {
        StringBuilder b = new StringBuilder();
        for (Decision d : report.decisions()) {
            b.append(d.entity().describe()).append('\n');
            if (d.candidates().isEmpty()) {
                b.append("  no candidate: no resource of ").append(report.source()).append(" has one of its names\n");
            }
            for (Candidate c : d.candidates()) {
                boolean chosen = d.link() != null && d.link().object().equals(c.target().iri());
                b.append(chosen ? "  => " : "  -  ").append(Vocab.shortForm(c.target().iri())).append(" \"")
                    .append(c.target().label()).append('"');
                c.target().description().ifPresent(s -> b.append(" (").append(s).append(')'));
                b.append(String.format(Locale.ROOT, "  %.2f", c.confidence()));
                c.vetoed().ifPresent(v -> b.append("  refused: ").append(v));
                b.append('\n');
                for (Evidence e : c.evidence()) {
                    b.append("       ").append(e.describe()).append('\n');
                }
            }
            b.append("  ").append(d.verdict()).append("\n\n");
        }
        b.append(report.summary()).append('\n');
        return b.toString();
    }
}
