package org.diplomacykg.link;

import java.time.Instant;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.diplomacykg.Version;
import org.diplomacykg.internal.Hashes;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.rdf.Prefixes;
import org.diplomacykg.vocab.DIP;
import org.diplomacykg.vocab.PROV;

/** Writes a report's links as a linkset graph; see {@link LINK} for the shape. */
final class LinksetWriter {
    private LinksetWriter() {}

    static Dataset write(LinkReport report, double minConfidence, double sameAsThreshold) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.set(m);
        m.setNsPrefix(LINK.PREFIX, LINK.NS);
        m.setNsPrefix("void", VOID.NS);
        String g = report.graph();
        Resource graph = m.createResource(g).addProperty(RDF.type, VOID.Linkset)
            .addProperty(RDFS.label, "links to " + report.source(), "en")
            .addLiteral(LINK.minConfidence, decimal(m, minConfidence))
            .addLiteral(LINK.sameAsThreshold, decimal(m, sameAsThreshold))
            .addProperty(DCTerms.created, m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
        Resource source = report.source().matches("(?i)https?://\\S+") ? m.createResource(report.source())
            : m.createResource(java.nio.file.Path.of(report.source()).toAbsolutePath().toUri().toString());
        graph.addProperty(DCTerms.source, source);
        graph.addProperty(PROV.wasGeneratedBy, m.createResource(g + "#linking").addProperty(RDF.type, PROV.Activity)
            .addProperty(PROV.used, source)
            .addProperty(PROV.wasAssociatedWith, m.createResource(Iris.software(Version.get()))));
        for (Link l : report.links()) {
            m.createResource(l.subject()).addProperty(l.predicate().property(), m.createResource(l.object()));
            graph.addProperty(VOID.linkPredicate, l.predicate().property());
            String id = g + "#" + Hashes.sha256Hex(l.subject() + "\u001f" + l.object(), 16);
            Resource link = m.createResource(id).addProperty(RDF.type, LINK.Link)
                .addProperty(LINK.subject, m.createResource(l.subject()))
                .addProperty(LINK.object, m.createResource(l.object()))
                .addProperty(LINK.predicate, l.predicate().property())
                .addLiteral(DIP.confidence, decimal(m, l.confidence()));
            int n = 0;
            for (Evidence e : l.evidence()) {
                link.addProperty(LINK.evidence, m.createResource(id + "-" + (++n)).addProperty(RDF.type, LINK.Evidence)
                    .addProperty(LINK.feature, e.feature().key())
                    .addLiteral(LINK.points, decimal(m, e.points() / 100.0))
                    .addProperty(RDFS.comment, e.reason(), "en"));
            }
        }
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(g, m);
        return ds;
    }

    private static Literal decimal(Model m, double d) {
        return m.createTypedLiteral(String.format(Locale.ROOT, "%.2f", d), XSDDatatype.XSDdecimal);
    }
}
