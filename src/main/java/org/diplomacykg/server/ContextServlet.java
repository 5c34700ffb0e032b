package org.diplomacykg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The project's JSON-LD context at {@code /context.jsonld}, as shipped in the jar. */
final class ContextServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/context.jsonld";
    static final String RESOURCE = "/org/diplomacykg/context.jsonld";

    private final byte[] body = WebServlet.resource(RESOURCE);

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/ld+json; charset=utf-8");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentLength(body.length);
        if (!req.getMethod().equals("HEAD")) {
            resp.getOutputStream().write(body);
        }
    }
}
