package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacykg.server.Client.basic;
import static org.diplomacykg.server.Client.enc;
import static org.diplomacykg.server.Client.get;
import static org.diplomacykg.server.Client.header;
import static org.diplomacykg.server.Client.post;
import static org.diplomacykg.server.Client.request;
import static org.diplomacykg.server.Client.send;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dkg serve} as users run it (the shaded jar, its own JVM): a password file made by {@code dkg password},
 * the limit flags, one request-log line per request on stderr (and never a password), and a clean stop on
 * SIGTERM.
 */
class ServeProcessIT {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://127\\.0\\.0\\.1:(\\d+))/diplomacy/sparql");
    private static final long GUARD_SECONDS = 300;
    private static final String PASSWORD = "hunter2-is-not-a-password";

    @TempDir
    Path tmp;
    private final List<Process> started = new ArrayList<>();

    private Process start(Path stderr, String... args) throws IOException {
        String jar = System.getProperty("dkg.jar");
        assertThat(jar).as("system property dkg.jar (set by Failsafe)").isNotBlank();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
            "-jar", jar));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectError(stderr.toFile()).start();
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
    void serveWithAPasswordFileAndLimits() throws Exception {
        // dkg password reads the password from stdin (no terminal here) and prints the password file line.
        Process hash = start(tmp.resolve("password.err"), "password", "--iterations", "1000", "editor");
        hash.getOutputStream().write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        hash.getOutputStream().close();
        String line = new String(hash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(hash.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(hash.exitValue()).as(Files.readString(tmp.resolve("password.err"))).isZero();
        assertThat(line).startsWith("editor: PBKDF2:1000:").doesNotContain(PASSWORD);
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, line + "\n");

        Path stderr = tmp.resolve("serve.err");
        Process p = start(stderr, "serve", "--db", tmp.resolve("tdb2").toString(), "--port", "0",
            "--seeds", Path.of("seeds").toAbsolutePath().toString(), "--auth", passwd.toString(),
            "--max-body", "2K", "--max-rows", "3", "--timeout", "5");
        String base = awaitEndpoint(p, stderr);

        String all = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        HttpResponse<String> capped = get(base + "/diplomacy/sparql?query=" + enc(all), "text/csv");
        assertThat(capped.statusCode()).isEqualTo(200);
        assertThat(header(capped, Limits.ROW_LIMIT_HEADER)).isEqualTo("3");
        assertThat(capped.body().strip().split("\\r?\\n")).hasSize(4);
        assertThat(post(base + "/diplomacy/sparql", "application/sparql-query", all + " #" + "x".repeat(4096), "text/csv")
            .statusCode()).isEqualTo(413);
        String update = "INSERT DATA { GRAPH <https://example.test/g> { <https://example.test/s> <https://example.test/p> 1 } }";
        HttpRequest.Builder u = request(base + "/diplomacy/update").header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(update));
        assertThat(send(u).statusCode()).isEqualTo(401);
        assertThat(send(request(base + "/diplomacy/update").header("Content-Type", "application/sparql-update")
            .header("Authorization", basic("editor", PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(update))).statusCode())
            .isEqualTo(204);
        assertThat(get(base + "/page/id/country/ru", "text/html").statusCode()).isEqualTo(200);

        p.destroy(); // SIGTERM: graceful stop, database closed
        assertThat(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)).as("serve stopped after SIGTERM").isTrue();
        String log = Files.readString(stderr);
        assertThat(log).containsPattern("method=GET path=/diplomacy/sparql status=200 ms=\\d+ bytes=\\d+ remote=127\\.0\\.0\\.1 user=-")
            .containsPattern("method=POST path=/diplomacy/sparql status=413 ms=\\d+")
            .containsPattern("method=POST path=/diplomacy/update status=401 ms=\\d+")
            .containsPattern("method=POST path=/diplomacy/update status=204 ms=\\d+ bytes=\\d+ remote=127\\.0\\.0\\.1 user=editor")
            .containsPattern("method=GET path=/page/id/country/ru status=200")
            .doesNotContain(PASSWORD)
            .doesNotContain(basic("editor", PASSWORD).substring(6));
        // One line per request: no Fuseki request lines beside ours.
        assertThat(log).doesNotContain("Query = ");
    }

    private static String awaitEndpoint(Process p, Path stderr) throws Exception {
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
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
        try {
            return endpoint.get(GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no endpoint line; stderr: " + Files.readString(stderr), e);
        }
    }
}
