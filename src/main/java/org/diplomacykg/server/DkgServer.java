package org.diplomacykg.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.store.Store;

/**
 * The SPARQL endpoint over a store: embedded Fuseki with the dataset at {@code /diplomacy}.
 *
 * <ul>
 * <li>SPARQL 1.1 Query at {@code /diplomacy/sparql}, {@code /diplomacy/query} and {@code /diplomacy} (GET, POST
 * form, POST {@code application/sparql-query}); a GET without a query gives the service description;</li>
 * <li>the Graph Store Protocol at {@code /diplomacy/data} (read by anyone);</li>
 * <li>with {@link Access#withWriters writers}: SPARQL Update at {@code /diplomacy/update}, Graph Store writes
 * at {@code /diplomacy/data} and article ingestion at {@code /diplomacy/ingest}, under HTTP Basic
 * authentication; without, those answer 403 (405 for graph writes);</li>
 * <li>linked data: every IRI under {@code https://w3id.org/diplomacy-kg/} dereferences here ({@code /id/…},
 * {@code /event/…}, {@code /article/…} → 303 → {@code /page/…} or {@code /data/…}), the ontology at
 * {@code /ontology}, the VoID description at {@code /.well-known/void}, the JSON-LD context at
 * {@code /context.jsonld};</li>
 * <li>a query page (YASGUI) at {@code /}; {@code /$/ping} and {@code /$/metrics} (Prometheus).</li>
 * </ul>
 *
 * <pre>{@code
 * try (DkgServer server = DkgServer.create().store(store).port(3030).build().start()) {
 *     System.out.println(server.sparqlUrl());
 *     server.join();
 * }
 * }</pre>
 *
 * Safe defaults, each a deliberate choice: read-only, bound to 127.0.0.1, federated {@code SERVICE} refused
 * (a public endpoint must not fetch arbitrary URLs), {@link Limits#DEFAULT limits} on query time, request size
 * and anonymous result rows, CORS for reads only and never with credentials, 64 KiB response buffers instead
 * of Fuseki's 5 MiB per response, one log line per request (logger {@value RequestLogger#LOGGER}), and a
 * graceful stop that lets running requests finish.
 */
public final class DkgServer implements AutoCloseable {
    /** The dataset's path. */
    public static final String DATASET = "/diplomacy";
    /** The HTTP Basic realm. */
    public static final String REALM = "diplomacy-kg";
    static final int OUTPUT_BUFFER = 64 * 1024;

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
        private Limits limits = Limits.DEFAULT;
        private Access access = Access.READ_ONLY;
        private Supplier<Extractor> extractor;
        private Duration stopTimeout = Duration.ofSeconds(10);

        private Builder() {}

        /** The store to serve (required). The server does not close it. */
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

        /** Query timeout, request size and anonymous row limits ({@link Limits#DEFAULT} by default). */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Who may write, and whether federated SERVICE is allowed ({@link Access#READ_ONLY} by default). */
        public Builder access(Access access) {
            this.access = Objects.requireNonNull(access, "access");
            return this;
        }

        /** The extractor for {@code /diplomacy/ingest} (default: {@link Extractor#create()}, made on first use). */
        public Builder extractor(Extractor extractor) {
            Objects.requireNonNull(extractor, "extractor");
            this.extractor = () -> extractor;
            return this;
        }

        /** How long {@link #close()} waits for running requests before it cuts them off (default 10 s). */
        public Builder stopTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("stop timeout must not be negative, got " + timeout);
            }
            this.stopTimeout = timeout;
            return this;
        }

        /**
         * Builds the server (not started).
         *
         * @throws org.diplomacykg.DkgException if the password file cannot be used
         */
        public DkgServer build() {
            if (store == null) {
                throw new IllegalStateException("no store: call store(...) first");
            }
            PasswordFile users = access.passwordFile().map(PasswordFile::load).orElse(null);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            // The limits apply to the store's dataset while the server runs; close() puts back what was there.
            Object oldService = dsg.getContext().get(ARQ.httpServiceAllowed);
            Object oldTimeout = dsg.getContext().get(ARQ.queryTimeout);
            Runnable restore = () -> {
                restore(dsg, ARQ.httpServiceAllowed, oldService);
                restore(dsg, ARQ.queryTimeout, oldTimeout);
            };
            dsg.getContext().set(ARQ.httpServiceAllowed, access.allowService());
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(limits.queryTimeout().toMillis()));

            String update = DATASET + "/update";
            String ingest = DATASET + "/ingest";
            String data = DATASET + "/data";
            Set<String> queryPaths = Set.of(DATASET, DATASET + "/sparql", DATASET + "/query");

            DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get");
            if (users != null) {
                // Fuseki checks the user against the policy; the security handler below asks for the login.
                service.addEndpoint(Operation.Update, "update", Auth.policyAllowSpecific(users.users()))
                    .addEndpoint(Operation.GSP_RW, "data");
            }

            WebServlet web = new WebServlet();
            FusekiServer.Builder b = FusekiServer.create()
                .port(port)
                .add(DATASET, service.build())
                .enablePing(true)
                .enableMetrics(true)
                .addFilter("/*", new BodyLimitFilter(limits.maxRequestBytes()))
                .addFilter("/*", new CorsFilter(queryPaths))
                .addFilter("/*", new ServiceDescriptionFilter(queryPaths, users == null ? null : update, access.allowService()))
                .addServlet("", web)
                .addServlet("/index.html", web)
                .addServlet("/web/*", web)
                .addServlet(OntologyServlet.PATH + "/*", new OntologyServlet())
                .addServlet(VoidServlet.PATH, new VoidServlet(store))
                .addServlet(ContextServlet.PATH, new ContextServlet());
            if (limits.maxResultRows() > 0) {
                b.addFilter("/*", new RowLimitFilter(limits.maxResultRows(), queryPaths, users));
            }
            LinkedDataServlet ld = new LinkedDataServlet(store);
            for (String root : LinkedDataServlet.ROOTS) {
                for (String prefix : List.of("", "/page", "/data")) {
                    b.addServlet(prefix + "/" + root, ld).addServlet(prefix + "/" + root + "/*", ld);
                }
            }
            if (users != null) {
                Supplier<Extractor> ex = extractor != null ? extractor : new Lazy<>(Extractor::create);
                b.addServlet(ingest, new IngestServlet(store, ex))
                    .securityHandler(securityHandler(users, update, ingest, data))
                    .auth(AuthScheme.BASIC)
                    .realm(REALM);
            } else {
                ReadOnlyServlet refuse = new ReadOnlyServlet();
                b.addServlet(update, refuse).addServlet(ingest, refuse);
            }
            FusekiServer fuseki = b.build();

            Server jetty = fuseki.getJettyServer();
            for (Connector c : jetty.getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
                    http.getHttpConfiguration().setSendServerVersion(false);
                }
            }
            // Forms may be as large as any other body (Jetty's own limit would answer 400, not 413).
            ServletContextHandler context = ServletContextHandler.getServletContextHandler(fuseki.getServletContext());
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxRequestBytes()));
            jetty.setRequestLog(new RequestLogger());
            // Stop gracefully: refuse new requests, let running ones finish (up to the stop timeout).
            GracefulHandler graceful = new GracefulHandler(jetty.getHandler());
            jetty.setHandler(graceful);
            jetty.setStopTimeout(stopTimeout.toMillis());
            return new DkgServer(fuseki, host, restore);
        }

        /**
         * HTTP Basic login for the users of the password file on the write paths only: SPARQL Update and
         * ingestion (every method), and the graph store's POST, PUT, DELETE and PATCH (GET and HEAD stay open).
         */
        private static ConstraintSecurityHandler securityHandler(PasswordFile users, String update, String ingest, String data) {
            ConstraintSecurityHandler csh = JettySecurityLib.makeSecurityHandler(REALM, users.userStore(), AuthScheme.BASIC);
            for (String path : List.of(update, update + "/*", ingest, ingest + "/*")) {
                csh.addConstraintMapping(mapping(path, null));
            }
            List<String> writes = List.of("POST", "PUT", "DELETE", "PATCH");
            for (String path : List.of(data, data + "/*")) {
                for (String method : writes) {
                    csh.addConstraintMapping(mapping(path, method));
                }
                // Every other method (GET, HEAD, OPTIONS …) is open: said explicitly, so none is "uncovered".
                ConstraintMapping open = new ConstraintMapping();
                open.setConstraint(Constraint.ALLOWED);
                open.setPathSpec(path);
                open.setMethodOmissions(writes.toArray(String[]::new));
                csh.addConstraintMapping(open);
            }
            return csh;
        }

        private static ConstraintMapping mapping(String path, String method) {
            ConstraintMapping m = new ConstraintMapping();
            m.setConstraint(Constraint.from(REALM + "-writers", Constraint.Authorization.ANY_USER));
            m.setPathSpec(path);
            if (method != null) {
                m.setMethod(method);
            }
            return m;
        }

        /** Made on first use (an extractor loads its models), once. */
        private static final class Lazy<T> implements Supplier<T> {
            private final Supplier<T> make;
            private T value;

            Lazy(Supplier<T> make) {
                this.make = make;
            }

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        }

        private static void restore(DatasetGraph dsg, Symbol key, Object value) {
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

    /** Requests being handled now (for tests and monitoring). */
    long activeRequests() {
        return fuseki.getJettyServer().getHandler() instanceof GracefulHandler g ? g.getCurrentRequestCount() : -1;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server gracefully (running requests finish, up to the stop timeout); the store stays open. */
    @Override
    public void close() {
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception e) {
            fuseki.stop();
        } finally {
            restoreContext.run();
        }
    }
}
