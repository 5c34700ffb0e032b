package org.diplomacykg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it, in its own JVM. A SELECT answering over HTTP proves the jar kept Jena's
 * META-INF/services (without them every SELECT answers 400).
 */
class JarIT {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://127\\.0\\.0\\.1:(\\d+)/diplomacy/sparql)");
    /** Only a guard against a hung build; nothing asserts how long anything takes. */
    private static final long GUARD_SECONDS = 300;

    @TempDir
    Path tmp;

    private final List<Process> started = new ArrayList<>();

    private static Path jar() {
        String p = System.getProperty("dkg.jar");
        assertThat(p).as("system property dkg.jar (set by Failsafe)").isNotBlank();
        Path jar = Path.of(p);
        assertThat(jar).isRegularFile();
        return jar;
    }

    private Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectError(log.toFile()).start();
        started.add(p);
        return p;
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : started) {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void version() throws Exception {
        Process p = start(tmp.resolve("version.err"), "--version");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).startsWith("dkg ").contains("Apache Jena 5.6.0");
    }

    @Test
    void serveAnswersSparql() throws Exception {
        Path db = tmp.resolve("tdb2");
        Path seeds = Path.of("seeds").toAbsolutePath();
        Path log = tmp.resolve("serve.err");
        Process p = start(log, "serve", "--db", db.toString(), "--port", "0", "--seeds", seeds.toString());

        // Read stdout on another thread until the endpoint line, then keep draining it.
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    Matcher m = ENDPOINT.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    }
                }
                endpoint.completeExceptionally(new IllegalStateException("stdout closed before the endpoint line"));
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
        }, "dkg-serve-stdout");
        reader.setDaemon(true);
        reader.start();

        String url;
        try {
            url = endpoint.get(GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no endpoint line; stdout: " + lines + "; stderr: " + Files.readString(log), e);
        }
        synchronized (lines) {
            assertThat(lines).anyMatch(l -> l.startsWith("database " + db + " was empty: ingested 1 seed article(s)"));
        }

        String query = "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#>\n"
            + "SELECT ?event ?code WHERE { ?event a dip:Event ; dip:cameoCode ?code } ORDER BY ?code";
        HttpResponse<String> r = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as("SELECT answer: %s", r.body()).isEqualTo(200);
        JsonArray bindings = JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray();
        List<String> codes = new ArrayList<>();
        bindings.forEach(b -> codes.add(b.getAsObject().get("code").getAsObject().get("value").getAsString().value()));
        // The seed reports sanctions on Russia's economy: CAMEO 163.
        assertThat(codes).isNotEmpty().contains("163");

        p.destroy(); // SIGTERM: the shutdown hook stops the server and closes the database
        assertThat(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)).as("serve stopped after destroy()").isTrue();
        assertThat(p.isAlive()).isFalse();
        reader.join(TimeUnit.SECONDS.toMillis(GUARD_SECONDS));
        // The database survived the stop: another process reads it.
        Process q = start(tmp.resolve("query.err"), "query", "--db", db.toString(), "ASK { ?e dip:cameoCode \"163\" }");
        String answer = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(q.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(q.exitValue()).as("query stderr: %s", Files.readString(tmp.resolve("query.err"))).isZero();
        assertThat(answer.strip()).isEqualTo("yes");
    }
}
