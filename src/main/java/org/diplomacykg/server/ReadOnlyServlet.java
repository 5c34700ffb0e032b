package org.diplomacykg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** On a read-only server, the write endpoints ({@code /diplomacy/update}, {@code /diplomacy/ingest}) answer 403. */
final class ReadOnlyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Http.plain(resp, HttpServletResponse.SC_FORBIDDEN, "403 Forbidden: this server is read-only. "
            + "Start it with 'dkg serve --auth PASSWORD_FILE' to accept updates and ingestion from the users listed there.");
    }
}
