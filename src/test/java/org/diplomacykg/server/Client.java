package org.diplomacykg.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP for the server tests: the JDK client, no redirects followed, one retry on a closed connection. */
final class Client {
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();

    private Client() {}

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpRequest request = b.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Jetty closes a connection after refusing a request whose body it did not read; a client that
            // reused that connection sees it closed. Real clients retry on a fresh connection, and so does this.
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(request(url).header("Accept", accept).GET());
    }

    static HttpResponse<String> post(String url, String contentType, String body, String accept)
        throws IOException, InterruptedException {
        return send(request(url).header("Content-Type", contentType).header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }
}
