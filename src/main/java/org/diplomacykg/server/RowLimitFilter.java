package org.diplomacykg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * Caps the solutions of anonymous queries: a SELECT, CONSTRUCT or DESCRIBE sent to a query endpoint without
 * valid credentials, with no {@code LIMIT} or a larger one than the cap, is run with {@code LIMIT cap} instead
 * (the query is parsed and re-serialised; a query that does not parse is passed on untouched, so that Fuseki
 * reports the syntax error). The response then carries {@value Limits#ROW_LIMIT_HEADER}{@code : cap}.
 * For CONSTRUCT and DESCRIBE the limit counts solutions of the WHERE clause, not triples. ASK is never capped.
 */
final class RowLimitFilter implements Filter {
    /** The base Fuseki parses queries against, so that relative IRIs mean the same after rewriting. */
    private static final String PARSE_BASE = "http://server/unset-base/";

    private final long cap;
    private final Set<String> queryPaths;
    private final PasswordFile users;

    RowLimitFilter(long cap, Set<String> queryPaths, PasswordFile users) {
        this.cap = cap;
        this.queryPaths = Set.copyOf(queryPaths);
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (!queryPaths.contains(Http.path(req)) || authenticated(req)) {
            chain.doFilter(request, response);
            return;
        }
        boolean inBody = req.getMethod().equals("POST") && Http.contentType(req).equals("application/sparql-query");
        String text;
        if (inBody) {
            text = new String(req.getInputStream().readAllBytes(), charset(req));
        } else {
            String[] values = req.getParameterValues("query");
            text = values != null && values.length == 1 ? values[0] : null;
        }
        String capped = text == null ? null : capped(text);
        HttpServletRequest next = req;
        if (capped != null) {
            ((HttpServletResponse) response).setHeader(Limits.ROW_LIMIT_HEADER, Long.toString(cap));
            next = new Rewritten(req, inBody, capped);
        } else if (inBody) {
            next = new Rewritten(req, true, text);
        }
        chain.doFilter(next, response);
    }

    private static java.nio.charset.Charset charset(HttpServletRequest req) {
        try {
            return req.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(req.getCharacterEncoding());
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The query with the cap as its LIMIT, or null if it needs no change (or does not parse). */
    String capped(String text) {
        Query q;
        try {
            q = QueryFactory.create(text, PARSE_BASE, Syntax.syntaxARQ);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(q.isSelectType() || q.isConstructType() || q.isDescribeType())) {
            return null;
        }
        if (q.hasLimit() && q.getLimit() <= cap) {
            return null;
        }
        q.setLimit(cap);
        return q.serialize();
    }

    /** Whether the request carries valid HTTP Basic credentials of a listed user. */
    private boolean authenticated(HttpServletRequest req) {
        if (users == null) {
            return false;
        }
        String h = req.getHeader("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && users.check(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The request with another query: in the body, or as the {@code query} parameter. */
    private static final class Rewritten extends HttpServletRequestWrapper {
        private final boolean inBody;
        private final String query;
        private final byte[] body;

        Rewritten(HttpServletRequest req, boolean inBody, String query) {
            super(req);
            this.inBody = inBody;
            this.query = query;
            this.body = query.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String getCharacterEncoding() {
            return inBody ? "UTF-8" : super.getCharacterEncoding();
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return inBody ? new BodyLimitFilter.BytesInputStream(body) : super.getInputStream();
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return inBody ? new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8)) : super.getReader();
        }

        @Override
        public int getContentLength() {
            return inBody ? body.length : super.getContentLength();
        }

        @Override
        public long getContentLengthLong() {
            return inBody ? body.length : super.getContentLengthLong();
        }

        @Override
        public String getParameter(String name) {
            return !inBody && name.equals("query") ? query : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return !inBody && name.equals("query") ? new String[] {query} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (inBody) {
                return super.getParameterMap();
            }
            Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
            m.put("query", new String[] {query});
            return Collections.unmodifiableMap(m);
        }
    }
}
