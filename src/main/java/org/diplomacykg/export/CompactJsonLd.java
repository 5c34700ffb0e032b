package org.diplomacykg.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.DkgException;

/**
 * Compacted JSON-LD 1.1 with diplomacy-kg's published context ({@value #CONTEXT_RESOURCE} on the classpath,
 * to be served at {@value #CONTEXT_URL}): {@code "cameoCode": "042"}, {@code "sourceActor": "…/country/ru"},
 * {@code "confidence": "0.95"} instead of full IRIs and value objects. Jena 5 dropped the JSON-LD writer that
 * took a context, so the dataset goes through Titanium (Jena's own JSON-LD 1.1 engine): quads to expanded
 * JSON-LD, then compacted against the context. Named graphs become {@code @graph} entries with their
 * {@code @id}.
 */
public final class CompactJsonLd {
    /** The context file in the jar. */
    public static final String CONTEXT_RESOURCE = "/org/diplomacykg/context.jsonld";
    /** Where the context is published. */
    public static final String CONTEXT_URL = "https://w3id.org/diplomacy-kg/context.jsonld";

    private CompactJsonLd() {}

    /** The context document, as shipped: {@code {"@context": {…}}}. */
    public static InputStream context() {
        return Objects.requireNonNull(CompactJsonLd.class.getResourceAsStream(CONTEXT_RESOURCE), CONTEXT_RESOURCE);
    }

    /** Writes the dataset compacted, with the context inline so that the output stands alone. */
    public static void write(DatasetGraph dataset, Writer out) {
        write(dataset, out, null);
    }

    /**
     * Writes the dataset compacted; with a {@code contextUrl}, the output's {@code @context} refers to it
     * instead of holding the context inline (readers then fetch it from there).
     */
    public static void write(DatasetGraph dataset, Writer out, String contextUrl) {
        JsonObject compacted = compact(dataset);
        if (contextUrl != null) {
            compacted = Json.createObjectBuilder(compacted).add("@context", contextUrl).build();
        }
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(new NonClosing(out))) {
            w.write(compacted);
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset as a compacted JSON-LD object. */
    public static JsonObject compact(DatasetGraph dataset) {
        try (InputStream context = context()) {
            return JsonLd.compact(JsonDocument.of(expand(dataset)), JsonDocument.of(context)).ordered(true).get();
        } catch (JsonLdError e) {
            throw new DkgException("cannot write compacted JSON-LD: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset as expanded JSON-LD, quad by quad as Jena's own JSON-LD 1.1 writer feeds Titanium. */
    private static JsonArray expand(DatasetGraph dataset) throws JsonLdError {
        QuadsToJsonld quads = JsonLd.fromRdf().ordered(true);
        Iterator<Quad> it = dataset.find();
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node o = q.getObject();
                String graph = q.isDefaultGraph() ? null : resource(q.getGraph());
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
                    String direction = o.getLiteralBaseDirection() == null ? null : o.getLiteralBaseDirection().toString();
                    quads.quad(resource(q.getSubject()), resource(q.getPredicate()), o.getLiteralLexicalForm(),
                        o.getLiteralDatatypeURI(), lang, direction, graph);
                } else {
                    quads.quad(resource(q.getSubject()), resource(q.getPredicate()), resource(o), null, null, null, graph);
                }
            }
        } catch (RdfConsumerException e) {
            throw new DkgException("cannot write compacted JSON-LD: " + e.getMessage(), e);
        }
        return quads.toJsonLd();
    }

    private static String resource(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    /** The JSON writer closes its stream; the command's output must stay open. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
