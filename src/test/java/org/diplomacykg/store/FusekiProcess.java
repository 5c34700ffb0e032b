package org.diplomacykg.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone Fuseki server ({@code org.apache.jena:jena-fuseki-server}, copied into {@code target/fuseki} by
 * the build) as a separate process on a free port, with an in-memory dataset at {@code /ds} that accepts updates.
 * {@link #close()} stops it (SIGTERM, then SIGKILL), and a shutdown hook does too if the test JVM dies first.
 */
final class FusekiProcess implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread hook;

    private FusekiProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.hook = new Thread(process::destroyForcibly, "fuseki-process-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static Path jar() {
        String p = System.getProperty("fuseki.jar");
        if (p == null || !Files.isRegularFile(Path.of(p))) {
            throw new IllegalStateException("system property fuseki.jar (set by Failsafe from the pom) names no file: " + p);
        }
        return Path.of(p);
    }

    /** Starts Fuseki; tries a few ports in case another process takes the free one first. */
    static FusekiProcess start(Path dir) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = dir.resolve("fuseki-" + port + ".log");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar().toString(), "--mem", "--update", "--port=" + port, "--localhost", "/ds"));
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            FusekiProcess f = new FusekiProcess(p, port, log);
            if (f.awaitReady()) {
                return f;
            }
            f.close();
            last = new IOException("Fuseki did not start on port " + port + ": " + Files.readString(log));
        }
        throw last;
    }

    private boolean awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(datasetUrl() + "/query?query=ASK%7B%7D")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        return false;
    }

    String datasetUrl() {
        return "http://localhost:" + port + "/ds";
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down already
        }
    }
}
