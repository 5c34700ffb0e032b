package org.diplomacykg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * A SPARQL 1.1 Service Description (Fuseki 5.6 has none): a GET or HEAD on a query endpoint without a query
 * answers with the description in Turtle (or JSON-LD, N-Triples, RDF/XML by Accept), and a browser asking for
 * HTML is sent to the query page. It names the endpoint as the client addressed it, the query language (and
 * Update where this server accepts it), the result formats, the union default graph, and whether federated
 * queries are allowed.
 */
final class ServiceDescriptionFilter implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> OFFERS = List.of(Http.TURTLE, Http.JSONLD, Http.NTRIPLES, Http.RDFXML, Http.HTML);
    private static final Map<String, RDFFormat> WRITERS = Map.of(Http.TURTLE, RDFFormat.TURTLE_PRETTY,
        Http.JSONLD, RDFFormat.JSONLD11_PRETTY, Http.NTRIPLES, RDFFormat.NTRIPLES_UTF8, Http.RDFXML, RDFFormat.RDFXML_PRETTY);

    private final Set<String> queryPaths;
    private final boolean update;
    private final boolean service;
    private final String updatePath;

    /**
     * @param queryPaths the query endpoints' paths
     * @param updatePath the update endpoint's path, or null for a read-only server
     * @param service    whether federated SERVICE is allowed
     */
    ServiceDescriptionFilter(Set<String> queryPaths, String updatePath, boolean service) {
        this.queryPaths = Set.copyOf(queryPaths);
        this.update = updatePath != null;
        this.updatePath = updatePath;
        this.service = service;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod();
        String qs = req.getQueryString();
        if (!(method.equals("GET") || method.equals("HEAD")) || (qs != null && !qs.isEmpty())
            || !queryPaths.contains(Http.path(req))) {
            chain.doFilter(request, response);
            return;
        }
        String type = Http.negotiate(req.getHeader("Accept"), OFFERS);
        resp.setHeader("Vary", "Accept");
        if (type == null) {
            Http.plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "406 Not Acceptable: the service description is "
                + "available as " + String.join(", ", OFFERS.subList(0, 4)) + ".");
            return;
        }
        if (type.equals(Http.HTML)) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/");
            return;
        }
        String endpoint = Http.base(req) + Http.path(req);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(describe(endpoint, Http.base(req))).format(WRITERS.get(type)).output(out);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type + "; charset=utf-8");
        resp.setContentLength(out.size());
        if (method.equals("GET")) {
            out.writeTo(resp.getOutputStream());
        }
    }

    Model describe(String endpoint, String base) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("void", VOID.NS)
            .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("rdfs", RDFS.getURI());
        Property endpointP = m.createProperty(SD, "endpoint");
        Property language = m.createProperty(SD, "supportedLanguage");
        Property resultFormat = m.createProperty(SD, "resultFormat");
        Property feature = m.createProperty(SD, "feature");
        Resource s = m.createResource(endpoint).addProperty(RDF.type, m.createResource(SD + "Service"))
            .addProperty(endpointP, m.createResource(endpoint))
            .addProperty(language, m.createResource(SD + "SPARQL11Query"))
            .addProperty(DCTerms.title, "diplomacy-kg SPARQL endpoint")
            .addProperty(feature, m.createResource(SD + "UnionDefaultGraph"));
        if (service) {
            s.addProperty(feature, m.createResource(SD + "BasicFederatedQuery"));
        }
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads")) {
            s.addProperty(resultFormat, m.createResource(FORMATS + f));
        }
        s.addProperty(m.createProperty(SD, "defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"));
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
            .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(RDFS.comment, "The union of all named graphs: the articles' graphs, the gazetteer, the links and the ontology."))
            .addProperty(RDFS.seeAlso, m.createResource(base + "/.well-known/void"));
        s.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        if (update) {
            Resource u = m.createResource(base + updatePath).addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(endpointP, m.createResource(base + updatePath))
                .addProperty(language, m.createResource(SD + "SPARQL11Update"))
                .addProperty(RDFS.comment, "Requires HTTP Basic credentials.");
            s.addProperty(RDFS.seeAlso, u);
        }
        return m;
    }
}
