package org.diplomacykg.cli;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.RDFFormat;
import org.diplomacykg.rdf.Prefixes;

/** RDF output syntaxes of the command line. Triple syntaxes merge the named graphs into one graph. */
enum RdfFormat {
    TTL(RDFFormat.TURTLE_PRETTY, false), TRIG(RDFFormat.TRIG_PRETTY, true), NQ(RDFFormat.NQUADS_UTF8, true),
    JSONLD(RDFFormat.JSONLD11, true), NT(RDFFormat.NTRIPLES_UTF8, false);

    private final RDFFormat format;
    private final boolean quads;

    RdfFormat(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    static RdfFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown RDF format '" + name + "' (expected ttl, trig, nq, nt or jsonld)");
        }
    }

    /** Writes to a character stream (the command's stdout, UTF-8). */
    void write(Dataset ds, Writer out) {
        if (quads) {
            // The store's own prefix table is not touched (it may be read-only); the standard one is used.
            PrefixMap prefixes = PrefixMapFactory.create(Prefixes.standard());
            RDFWriterRegistry.getWriterDatasetFactory(format).create(format)
                .write(out, ds.asDatasetGraph(), prefixes, null, null);
        } else {
            Model m = ModelFactory.createDefaultModel();
            Prefixes.set(m);
            m.add(ds.getDefaultModel());
            ds.listNames().forEachRemaining(g -> m.add(ds.getNamedModel(g)));
            RDFWriter.source(m).format(format).build().output(out);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
