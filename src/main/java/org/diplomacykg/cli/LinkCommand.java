package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.diplomacykg.link.ExternalSource;
import org.diplomacykg.link.LinkReport;
import org.diplomacykg.link.Linker;
import org.diplomacykg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg link}: links the graph's entities to an external dataset. */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = {"Link the people, organisations, countries, cities and treaties of the database to an external "
        + "RDF dataset (Wikidata- or DBpedia-shaped), given as a file in any RDF syntax or as a SPARQL endpoint URL.",
        "Links go into the graph https://w3id.org/diplomacy-kg/graph/links/NAME, which each run replaces: owl:sameAs "
            + "from the same-as threshold up, skos:closeMatch between the minimum confidence and it, each with its "
            + "confidence and evidence. Nothing is linked below the minimum confidence."})
final class LinkCommand implements Callable<Integer> {
    @Option(names = "--with", required = true, paramLabel = "FILE|URL",
        description = "The external dataset: an RDF file (.ttl, .nt, .nq, .trig, .rdf, .jsonld, optionally .gz) or an "
            + "http(s) SPARQL endpoint.")
    String with;

    @Mixin
    StoreOptions store;

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0.9",
        description = "No link below this confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--same-as-threshold", paramLabel = "C", defaultValue = "0.95",
        description = "Links from this confidence up are owl:sameAs, those below skos:closeMatch (default: ${DEFAULT-VALUE}).")
    double sameAsThreshold;

    @Option(names = "--name", paramLabel = "NAME",
        description = "The linkset name (default: the file name without extension, or the endpoint's host).")
    String name;

    @Option(names = "--explain", description = "Print every entity's candidates, their scores and evidence, and why "
        + "it was linked or not.")
    boolean explain;

    @Option(names = "--ignore-gazetteer-ids", description = "Decide from names, types and context alone, not from the "
        + "Wikidata items the gazetteer already gives.")
    boolean ignoreGazetteerIds;

    @Option(names = "--dry-run", description = "Decide and report, but write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Linker linker = Linker.create().minConfidence(minConfidence).sameAsThreshold(sameAsThreshold)
            .useKnownIds(!ignoreGazetteerIds).name(name).build();
        ExternalSource source = ExternalSource.open(with);
        linker.nameFor(source);
        try (Store s = store.openExisting()) {
            LinkReport r = dryRun ? linker.match(s, source) : linker.link(s, source);
            PrintWriter out = Streams.out(spec);
            out.print(explain ? r.explanation() : r.summary() + "\n");
            out.flush();
        }
        return 0;
    }
}
