package org.diplomacykg.server;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request, in logfmt, to the SLF4J logger {@value #LOGGER} at INFO:
 *
 * <pre>method=GET path=/diplomacy/sparql status=200 ms=12 bytes=1534 remote=127.0.0.1 user=-</pre>
 *
 * The path is logged without its query string (which may hold a long query); the user is the one who logged
 * in, never a password. It is a Jetty request log rather than a servlet filter so that it also sees the
 * answers given before any filter runs: 401 from the security handler, 400 for malformed requests.
 */
final class RequestLogger implements RequestLog {
    /** The logger's name. */
    static final String LOGGER = "org.diplomacykg.server.Request";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void log(Request request, Response response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime());
        String user = "-";
        if (AuthenticationState.getAuthenticationState(request) instanceof AuthenticationState.Succeeded s) {
            user = s.getUserIdentity().getUserPrincipal().getName();
        }
        String path = request.getHttpURI().getPath();
        LOG.info("method={} path={} status={} ms={} bytes={} remote={} user={}", request.getMethod(), quote(path),
            response.getStatus(), ms, Response.getContentBytesWritten(response), Request.getRemoteAddr(request), quote(user));
    }

    /** Quotes a value holding spaces, quotes or control characters, so that each line stays one record. */
    static String quote(String s) {
        if (s == null || s.isEmpty()) {
            return "-";
        }
        boolean plain = s.chars().allMatch(c -> c > ' ' && c != '"' && c != '\\' && c != 0x7f);
        if (plain) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        s.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c < ' ' || c == 0x7f) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append((char) c);
            }
        });
        return b.append('"').toString();
    }
}
