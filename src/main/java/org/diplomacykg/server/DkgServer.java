package org.diplomacykg.server;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.diplomacykg.store.Store;

/**
 * The SPARQL endpoint over a store: embedded Fuseki with the dataset at {@code /diplomacy}, queries at
 * {@code /diplomacy/sparql} and {@code /diplomacy/query}, graphs readable at {@code /diplomacy/data}; the
 * ontology (Turtle, RDF/XML, JSON-LD or an HTML page, by content negotiation) at {@code /ontology} and the CAMEO
 * scheme at {@code /ontology/cameo}.
 *
 * <pre>{@code
 * try (DkgServer server = DkgServer.create().store(store).port(3030).build().start()) {
 *     System.out.println(server.sparqlUrl());
 *     server.join();
 * }
 * }</pre>
 *
 * Safe defaults, each a deliberate choice: read-only (no SPARQL Update, no graph writes), bound to
 * 127.0.0.1, federated {@code SERVICE} calls refused (a public endpoint must not fetch arbitrary URLs), a
 * 30-second query timeout, and 64 KiB response buffers instead of Fuseki's 5 MiB per response.
 */
public final class DkgServer implements AutoCloseable {
    public static final String DATASET = "/diplomacy";

    private final FusekiServer fuseki;
    private final String host;
    private final Runnable restoreContext;

    private DkgServer(FusekiServer fuseki, String host, Runnable restoreContext) {
        this.fuseki = fuseki;
        this.host = host;
        this.restoreContext = restoreContext;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Configures a {@link DkgServer}. */
    public static final class Builder {
        private Store store;
        private String host = "127.0.0.1";
        private int port = 3030;
        private long queryTimeoutMillis = 30_000;
        private boolean allowService;

        private Builder() {}

        public Builder store(Store store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The address to listen on; 127.0.0.1 by default, 0.0.0.0 for every interface. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not in 0..65535");
            }
            this.port = port;
            return this;
        }

        /** How long a query may run before it is cancelled with HTTP 503. */
        public Builder queryTimeoutMillis(long millis) {
            if (millis <= 0) {
                throw new IllegalArgumentException("query timeout must be positive, got " + millis);
            }
            this.queryTimeoutMillis = millis;
            return this;
        }

        /** Allows federated SERVICE calls to other endpoints (off by default). */
        public Builder allowService(boolean allow) {
            this.allowService = allow;
            return this;
        }

        public DkgServer build() {
            if (store == null) {
                throw new IllegalStateException("no store: call store(...) first");
            }
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            // The limits apply to the store's dataset while the server runs; close() puts back what was there.
            Object oldService = dsg.getContext().get(ARQ.httpServiceAllowed);
            Object oldTimeout = dsg.getContext().get(ARQ.queryTimeout);
            Runnable restore = () -> {
                restore(dsg, ARQ.httpServiceAllowed, oldService);
                restore(dsg, ARQ.queryTimeout, oldTimeout);
            };
            dsg.getContext().set(ARQ.httpServiceAllowed, allowService);
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
            DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
            FusekiServer fuseki = FusekiServer.create()
                .port(port)
                .add(DATASET, service)
                .enablePing(true)
                .addServlet(OntologyServlet.PATH + "/*", new OntologyServlet())
                .build();
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setOutputBufferSize(64 * 1024);
                }
            }
            return new DkgServer(fuseki, host, restore);
        }

        private static void restore(DatasetGraph dsg, org.apache.jena.sparql.util.Symbol key, Object value) {
            if (value == null) {
                dsg.getContext().remove(key);
            } else {
                dsg.getContext().set(key, value);
            }
        }
    }

    /** Starts listening. */
    public DkgServer start() {
        fuseki.start();
        return this;
    }

    /** The port it listens on (the real one, when 0 was asked for). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's base URL, such as {@code http://127.0.0.1:3030}. */
    public String url() {
        String h = host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return url() + DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
        restoreContext.run();
    }
}
