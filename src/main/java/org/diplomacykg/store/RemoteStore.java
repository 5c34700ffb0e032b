package org.diplomacykg.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.update.UpdateRequest;

/**
 * A store behind a SPARQL endpoint: {@code dkg serve}, a standalone Fuseki, or any SPARQL 1.1 server with the
 * usual endpoint names. Everything goes through Jena's {@link RDFConnection}: queries to {@code DATASET/query},
 * writes to {@code DATASET/update}, with HTTP Basic credentials sent with every request when given.
 *
 * <ul>
 * <li><b>Writes</b> are SPARQL Update requests: for each graph to replace {@code DROP SILENT GRAPH} then one
 * {@code INSERT DATA} with all the quads. SPARQL 1.1 Update asks servers to run a request atomically (Fuseki
 * runs it in one transaction), so an article's replacement is all or nothing. A write larger than
 * {@value #MAX_QUADS_PER_REQUEST} quads is sent as several requests, whole graphs each, each atomic on its own.</li>
 * <li><b>Reads</b> ({@link #read}) get a {@link Dataset} whose SPARQL queries run on the server (see
 * {@link RemoteQueryEngine}) and whose graphs are read with queries too; there is no snapshot across queries,
 * since each query is its own transaction on the server. DESCRIBE is best sent with {@link #query}.</li>
 * <li><b>The default graph</b> must be the union of the named graphs, as on {@code dkg serve}. If the server's
 * is not (a plain Fuseki dataset), queries are rewritten to run over Jena's union graph
 * ({@code GRAPH <urn:x-arq:UnionGraph>}), found out with two small queries on first use.</li>
 * <li>A {@code dkg serve} caps anonymous results (its {@code --max-rows}): give credentials to read in full.</li>
 * </ul>
 */
public final class RemoteStore implements Store {
    /** The most quads sent in one update request (about 3 MB of SPARQL). */
    public static final int MAX_QUADS_PER_REQUEST = 20_000;

    static {
        RemoteQueryEngine.register();
    }

    private final String dataset;
    private final RDFConnection connection;
    private final Optional<Credentials> credentials;
    private final RemoteDatasetGraph dsg;
    private final Dataset view;
    private volatile Boolean unionDefaultGraph;
    private volatile boolean closed;

    private RemoteStore(String dataset, Optional<Credentials> credentials) {
        this.dataset = dataset;
        this.credentials = credentials;
        this.connection = RDFConnectionRemote.service(dataset).queryEndpoint("query").updateEndpoint("update")
            .gspEndpoint("data").parseCheckSPARQL(false).build();
        this.dsg = new RemoteDatasetGraph(this);
        this.view = DatasetFactory.wrap(dsg);
    }

    /**
     * Connects to a dataset: {@code http://host:port/NAME}, or one of its endpoints ({@code …/sparql},
     * {@code …/query}, {@code …/update}, {@code …/data}), whose dataset is then used.
     */
    static RemoteStore connect(URI endpoint, Optional<Credentials> credentials) {
        String scheme = endpoint.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
            throw new StoreException(endpoint + ": not an http(s) URL of a SPARQL endpoint");
        }
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null || endpoint.getRawUserInfo() != null) {
            throw new StoreException(endpoint + ": give the endpoint without query, fragment or user (use --user)");
        }
        String url = endpoint.toString().replaceAll("/+$", "");
        for (String suffix : List.of("/sparql", "/query", "/update", "/data", "/get")) {
            if (url.endsWith(suffix)) {
                url = url.substring(0, url.length() - suffix.length());
                break;
            }
        }
        if (URI.create(url).getPath().isEmpty()) {
            throw new StoreException(endpoint + ": no dataset in the URL (such as http://127.0.0.1:3030/diplomacy)");
        }
        // Sent preemptively with every request to the dataset's endpoints (the query endpoints of dkg serve do
        // not ask for credentials, but lift the anonymous row cap for them). Jena keys these by endpoint URL.
        String dataset = url;
        credentials.ifPresent(c -> endpoints(dataset).forEach(e -> AuthEnv.get().registerBasicAuthModifier(e, c.user(), c.password())));
        return new RemoteStore(url, credentials);
    }

    private static List<String> endpoints(String dataset) {
        return List.of(dataset, dataset + "/query", dataset + "/update", dataset + "/data");
    }

    /** The dataset URL. */
    public String datasetUrl() {
        return dataset;
    }

    RDFConnection connection() {
        check();
        return connection;
    }

    @Override
    public void write(List<Dataset> datasets, List<String> replace) {
        check();
        // Quads by graph, in order; default-graph quads are dropped, as a local store does.
        Map<Node, List<Quad>> byGraph = new LinkedHashMap<>();
        for (String g : replace) {
            byGraph.put(NodeFactory.createURI(g), new ArrayList<>());
        }
        for (Dataset d : datasets) {
            Iterator<Quad> it = d.asDatasetGraph().find();
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph()) {
                    byGraph.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(q);
                }
            }
        }
        Set<Node> toReplace = new LinkedHashSet<>();
        replace.forEach(g -> toReplace.add(NodeFactory.createURI(g)));
        List<Node> batch = new ArrayList<>();
        int size = 0;
        for (Map.Entry<Node, List<Quad>> e : byGraph.entrySet()) {
            if (!batch.isEmpty() && size + e.getValue().size() > MAX_QUADS_PER_REQUEST) {
                send(batch, byGraph, toReplace);
                batch.clear();
                size = 0;
            }
            batch.add(e.getKey());
            size += e.getValue().size();
        }
        if (!batch.isEmpty()) {
            send(batch, byGraph, toReplace);
        }
    }

    /** One update request: the DROPs of the graphs replaced, then one INSERT DATA (one blank-node scope). */
    private void send(List<Node> graphs, Map<Node, List<Quad>> byGraph, Set<Node> toReplace) {
        UpdateRequest request = new UpdateRequest();
        QuadDataAcc data = new QuadDataAcc();
        for (Node g : graphs) {
            if (toReplace.contains(g)) {
                request.add(new UpdateDrop(g, true));
            }
            byGraph.get(g).forEach(data::addQuad);
        }
        if (!data.getQuads().isEmpty()) {
            request.add(new UpdateDataInsert(data));
        }
        try {
            connection.update(request);
        } catch (RuntimeException e) {
            String reason = e.getMessage();
            org.apache.jena.atlas.web.HttpException h = httpCause(e);
            if (h != null && h.getStatusCode() < 0) {
                // The server can answer (401 to an unauthenticated writer) and close before reading a large body,
                // which the client sees as a broken connection: ask again with nothing to send to read its answer.
                try {
                    connection.update(new UpdateRequest());
                } catch (RuntimeException probe) {
                    org.apache.jena.atlas.web.HttpException p = httpCause(probe);
                    if (p != null && p.getStatusCode() > 0) {
                        reason = p.getMessage();
                    }
                }
            }
            throw new StoreException(dataset + ": update failed: " + reason, e);
        }
    }

    private static org.apache.jena.atlas.web.HttpException httpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.atlas.web.HttpException h) {
                return h;
            }
        }
        return null;
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        check();
        return http(() -> action.apply(view));
    }

    /** Runs an exchange with the server, turning HTTP failures into a {@link StoreException} naming the store. */
    private <T> T http(java.util.function.Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (org.apache.jena.atlas.web.HttpException | org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new StoreException(dataset + ": " + message, e);
        }
    }

    /** Runs a query on the server (any form, DESCRIBE included) and hands its execution to {@code action}. */
    @Override
    public <T> T query(Query query, Function<QueryExecution, T> action) {
        check();
        return http(() -> {
            try (QueryExecution qe = connection.query(forServer(query))) {
                return action.apply(qe);
            }
        });
    }

    /** The query as sent: over the union graph if the server's default graph is not the union. */
    Query forServer(Query query) {
        if (query.getQueryPattern() == null || query.hasDatasetDescription() || unionDefaultGraph()) {
            return query;
        }
        Query q = query.cloneQuery();
        q.setQueryPattern(new ElementNamedGraph(Quad.unionGraph, q.getQueryPattern()));
        return q;
    }

    /** Whether the server's default graph is the union of its named graphs (asked once, when there is data). */
    boolean unionDefaultGraph() {
        Boolean u = unionDefaultGraph;
        if (u != null) {
            return u;
        }
        Query sample = QueryFactory.create("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(!isBlank(?s) && !isBlank(?o)) } LIMIT 1");
        Quad found = null;
        try (QueryExecution qe = connection.query(sample)) {
            ResultSet rs = qe.execSelect();
            if (rs.hasNext()) {
                var b = rs.nextBinding();
                found = Quad.create(Quad.defaultGraphIRI, b.get("s"), b.get("p"), b.get("o"));
            }
        }
        if (found == null) {
            return true; // no data yet: nothing to rewrite; ask again later
        }
        Query ask = new Query();
        ask.setQueryAskType();
        org.apache.jena.sparql.syntax.ElementPathBlock block = new org.apache.jena.sparql.syntax.ElementPathBlock();
        block.addTriple(found.asTriple());
        ask.setQueryPattern(block);
        try (QueryExecution qe = connection.query(ask)) {
            u = qe.execAsk();
        }
        unionDefaultGraph = u;
        return u;
    }

    @Override
    public Dataset dataset() {
        throw new UnsupportedOperationException("a remote store (" + dataset + ") is served by its own server");
    }

    @Override
    public String location() {
        return dataset;
    }

    @Override
    public boolean isEmpty() {
        check();
        return http(() -> {
            try (QueryExecution qe = connection.query(QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }"))) {
                return !qe.execAsk();
            }
        });
    }

    private void check() {
        if (closed) {
            throw new StoreException(dataset + ": store is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        connection.close();
        credentials.ifPresent(c -> endpoints(dataset).forEach(e -> AuthEnv.get().unregisterAuthModifier(e)));
    }
}
