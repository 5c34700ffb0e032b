package org.diplomacykg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin reads without credentials: {@code Access-Control-Allow-Origin: *} on GET and HEAD everywhere and
 * on POST to the query endpoints, a preflight answer for those, and never {@code Access-Control-Allow-Credentials}
 * (so a browser never sends a user's credentials cross-origin). Writes (SPARQL Update, Graph Store writes,
 * ingestion) get no CORS headers at all: a web page on another origin cannot make them. This replaces Fuseki's
 * {@code enableCors(true)}, which echoes any Origin and allows credentials.
 */
final class CorsFilter implements Filter {
    static final String ALLOW_METHODS = "GET, HEAD, POST, OPTIONS";
    static final String ALLOW_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type, Cache-Control, X-Requested-With";
    static final String EXPOSE_HEADERS = "Content-Type, Content-Length, Location, Vary, " + Limits.ROW_LIMIT_HEADER;
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    private final Set<String> queryPaths;

    /** @param queryPaths the paths where POST is a query (SPARQL Query endpoints) */
    CorsFilter(Set<String> queryPaths) {
        this.queryPaths = Set.copyOf(queryPaths);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String origin = req.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = Http.path(req);
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        String preflight = req.getHeader("Access-Control-Request-Method");
        if (method.equals("OPTIONS") && preflight != null) {
            if (allowed(preflight.strip().toUpperCase(Locale.ROOT), path)) {
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
                resp.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
                resp.setHeader("Access-Control-Max-Age", "3600");
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                // No CORS headers: the browser will not send the request.
                resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        if (allowed(method, path)) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        }
        chain.doFilter(request, response);
    }

    private boolean allowed(String method, String path) {
        return READ_METHODS.contains(method) || (method.equals("POST") && queryPaths.contains(path));
    }
}
