package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.diplomacykg.store.Store;
import org.diplomacykg.vocab.DIP;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients nobody here wrote, against the server unchanged: RDF4J's {@code SPARQLRepository} (Java) and Python's
 * SPARQLWrapper, each running a SELECT and a CONSTRUCT. The README's test command needs only a JDK, so the Python
 * client is skipped, saying how to install it, on a machine without Python 3 and SPARQLWrapper; {@code .ci/run}
 * installs Debian's python3-sparqlwrapper so that CI always runs it.
 */
class InteropIT {
    static final String SELECT = "PREFIX dip: <" + DIP.NS + ">\n"
        + "SELECT ?event ?code WHERE { ?event a dip:Event ; dip:cameoCode ?code } ORDER BY ?code";
    static final String CONSTRUCT = "PREFIX dip: <" + DIP.NS + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        + "CONSTRUCT { ?event dip:cameoCode ?code ; rdfs:label ?label } WHERE { ?event a dip:Event ; dip:cameoCode ?code ; rdfs:label ?label }";
    private static final String PYTHON = """
        import json, sys
        from SPARQLWrapper import SPARQLWrapper, JSON, TURTLE
        endpoint, select, construct = sys.argv[1], sys.argv[2], sys.argv[3]
        s = SPARQLWrapper(endpoint)
        s.setQuery(select)
        s.setReturnFormat(JSON)
        rows = s.query().convert()["results"]["bindings"]
        print(json.dumps(sorted(r["code"]["value"] for r in rows)))
        c = SPARQLWrapper(endpoint)
        c.setQuery(construct)
        c.setReturnFormat(TURTLE)
        out = c.query().convert()
        print("-----")
        print(out.decode("utf-8") if isinstance(out, bytes) else out)
        """;

    private static Store store;
    private static DkgServer server;
    private static Set<String> codes;

    @BeforeAll
    static void start() {
        store = Seeded.store();
        server = DkgServer.create().store(store).port(0).build().start();
        codes = new TreeSet<>();
        store.read(ds -> {
            ds.getUnionModel().listObjectsOfProperty(DIP.cameoCode).forEach(n -> codes.add(n.asLiteral().getLexicalForm()));
            return null;
        });
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void rdf4jSparqlRepository() throws Exception {
        SPARQLRepository repo = new SPARQLRepository(server.sparqlUrl());
        repo.init();
        try (RepositoryConnection c = repo.getConnection()) {
            Set<String> got = new TreeSet<>();
            List<String> vars;
            try (TupleQueryResult r = c.prepareTupleQuery(SELECT).evaluate()) {
                vars = r.getBindingNames();
                for (BindingSet b : r) {
                    got.add(b.getValue("code").stringValue());
                }
            }
            assertThat(vars).containsExactly("event", "code");
            assertThat(got).contains("163").isSubsetOf(codes);
            List<Statement> statements = new ArrayList<>();
            try (GraphQueryResult g = c.prepareGraphQuery(CONSTRUCT).evaluate()) {
                g.forEach(statements::add);
            }
            assertThat(statements).isNotEmpty()
                .anySatisfy(s -> assertThat(s.getObject().stringValue()).isEqualTo("163"))
                .anySatisfy(s -> assertThat(s.getPredicate().stringValue()).isEqualTo("http://www.w3.org/2000/01/rdf-schema#label"));
            // An ASK, for good measure.
            assertThat(c.prepareBooleanQuery("ASK { ?s ?p ?o }").evaluate()).isTrue();
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void pythonSparqlWrapper() throws Exception {
        String python = python();
        assumeTrue(python != null, "no python3 on this machine");
        assumeTrue(run(List.of(python, "-c", "import SPARQLWrapper")).exit == 0,
            python + " has no SPARQLWrapper: install it (Debian: apt-get install -y python3-sparqlwrapper)");
        Result r = run(List.of(python, "-c", PYTHON, server.sparqlUrl(), SELECT, CONSTRUCT));
        assertThat(r.exit).as(r.out).isZero();
        String[] parts = r.out.split("-----\\r?\\n", 2);
        assertThat(parts).hasSize(2);
        List<String> got = new ArrayList<>();
        org.apache.jena.atlas.json.JSON.parseAny(parts[0]).getAsArray().forEach(v -> got.add(v.getAsString().value()));
        assertThat(got).contains("163");
        assertThat(new TreeSet<>(got)).isSubsetOf(codes);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(parts[1], Lang.TURTLE).parse(m);
        assertThat(m.contains(null, DIP.cameoCode, "163")).isTrue();
    }

    /** A python3 that can import SPARQLWrapper, else any python3, else null. Debian's comes first. */
    private static String python() throws Exception {
        String any = null;
        for (String p : List.of("/usr/bin/python3", "python3")) {
            Result v;
            try {
                v = run(List.of(p, "--version"));
            } catch (IOException e) {
                continue;
            }
            if (v.exit != 0) {
                continue;
            }
            if (any == null) {
                any = p;
            }
            if (run(List.of(p, "-c", "import SPARQLWrapper")).exit == 0) {
                return p;
            }
        }
        return any;
    }

    private record Result(int exit, String out) {}

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(cmd.get(0) + " did not finish");
        }
        return new Result(p.exitValue(), out);
    }
}
