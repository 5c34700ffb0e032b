package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.diplomacykg.DkgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's pure parts, without HTTP: path mapping, query capping, passwords, sizes, log quoting. */
class ServerUnitTest {
    @TempDir
    Path tmp;

    @Test
    void resourcePathsMapToIris() {
        assertThat(LinkedDataServlet.parse("/id/country/ru")).hasValueSatisfying(t -> {
            assertThat(t.kind()).isEqualTo(LinkedDataServlet.Kind.RESOURCE);
            assertThat(t.iri()).isEqualTo("https://w3id.org/diplomacy-kg/id/country/ru");
        });
        assertThat(LinkedDataServlet.parse("/page/event/752f9de34c600fe4")).hasValueSatisfying(t -> {
            assertThat(t.kind()).isEqualTo(LinkedDataServlet.Kind.PAGE);
            assertThat(t.iri()).isEqualTo("https://w3id.org/diplomacy-kg/event/752f9de34c600fe4");
        });
        assertThat(LinkedDataServlet.parse("/data/cameo/")).hasValueSatisfying(t ->
            assertThat(t.iri()).isEqualTo("https://w3id.org/diplomacy-kg/cameo/"));
        // IRIs hold non-ASCII characters as themselves; ASCII escapes stay escaped.
        assertThat(LinkedDataServlet.parse("/id/person/s%C3%A9gol%C3%A8ne%20x")).hasValueSatisfying(t ->
            assertThat(t.iri()).isEqualTo("https://w3id.org/diplomacy-kg/id/person/ségolène%20x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/etc/passwd", "/id/../etc/passwd", "/id/./x", "/id/%2e%2e/x", "/id/%2E%2E/x",
        "/id/a%2fb", "/id/a%5cb", "/id/a%00", "/page/../pom.xml", "/data//etc/passwd", "/id/<script>",
        "/id/a b", "/identity/x", "/page/file:/etc/passwd/..", "/id/%zz", "/id/%c3", "/web/index.html", "id/x"})
    void otherPathsAreNotResources(String path) {
        assertThat(LinkedDataServlet.parse(path)).isEmpty();
    }

    @Test
    void anonymousQueriesAreCapped() {
        RowLimitFilter f = new RowLimitFilter(100, Set.of("/q"), null);
        Query capped = QueryFactory.create(f.capped("SELECT * WHERE { ?s ?p ?o }"));
        assertThat(capped.getLimit()).isEqualTo(100);
        assertThat(QueryFactory.create(f.capped("SELECT * WHERE { ?s ?p ?o } LIMIT 5000")).getLimit()).isEqualTo(100);
        assertThat(QueryFactory.create(f.capped("CONSTRUCT WHERE { ?s ?p ?o }")).getLimit()).isEqualTo(100);
        assertThat(f.capped("SELECT * WHERE { ?s ?p ?o } LIMIT 7")).isNull();
        assertThat(f.capped("ASK { ?s ?p ?o }")).isNull();
        assertThat(f.capped("SELECT ?e WHERE { ?e ?p }")).as("syntax errors are left to Fuseki").isNull();
        // Relative IRIs keep their meaning: Fuseki parses the rewritten query against the same base.
        Query relative = QueryFactory.create(f.capped("SELECT * WHERE { <x> ?p ?o }"), "http://server/unset-base/");
        assertThat(relative.getQueryPattern().toString()).contains("<http://server/unset-base/x>");
    }

    @Test
    void passwordFilesReadJettyFormatsAndPbkdf2() throws Exception {
        String hash = Pbkdf2Credential.hash("s3cret!".toCharArray(), 1000);
        assertThat(hash).startsWith("PBKDF2:1000:").doesNotContain("s3cret");
        Path f = tmp.resolve("passwd");
        Files.writeString(f, "# writers\nalice: " + hash + "\nbob: MD5:5f4dcc3b5aa765d61d8327deb882cf99\n"
            + "carol: plain-pw, ignored-role\n", StandardCharsets.UTF_8);
        PasswordFile p = PasswordFile.load(f);
        assertThat(p.users()).containsExactly("alice", "bob", "carol");
        assertThat(p.check("alice", "s3cret!")).isTrue();
        assertThat(p.check("alice", "s3cret")).isFalse();
        assertThat(p.check("bob", "password")).isTrue();
        assertThat(p.check("carol", "plain-pw")).isTrue();
        assertThat(p.check("dave", "plain-pw")).isFalse();
        assertThat(p.check(null, null)).isFalse();
        // Two hashes of the same password differ (salted).
        assertThat(Pbkdf2Credential.hash("s3cret!".toCharArray(), 1000)).isNotEqualTo(hash);
    }

    @Test
    void badPasswordFilesFailWithoutShowingPasswords() throws Exception {
        Path empty = tmp.resolve("empty");
        Files.writeString(empty, "# nobody\n");
        assertThatThrownBy(() -> PasswordFile.load(empty)).isInstanceOf(DkgException.class).hasMessageContaining("no users");
        Path noPassword = tmp.resolve("nopw");
        Files.writeString(noPassword, "alice:\n");
        assertThatThrownBy(() -> PasswordFile.load(noPassword)).hasMessageContaining("no password for user(s) [alice]");
        Path broken = tmp.resolve("broken");
        Files.writeString(broken, "alice: PBKDF2:notanumber:topsecret\n");
        assertThatThrownBy(() -> PasswordFile.load(broken)).hasMessageContaining("user alice")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("topsecret"));
        assertThatThrownBy(() -> PasswordFile.load(tmp.resolve("missing"))).hasMessageContaining("cannot read");
    }

    @Test
    void accessAndLimits() {
        assertThat(Access.READ_ONLY.writable()).isFalse();
        assertThat(Access.READ_ONLY.allowService()).isFalse();
        Access a = Access.READ_ONLY.withWriters(Path.of("p")).withService(true);
        assertThat(a.writable()).isTrue();
        assertThat(a.passwordFile()).isEqualTo(Optional.of(Path.of("p")));
        assertThat(Limits.DEFAULT).isEqualTo(new Limits(Duration.ofSeconds(30), 10 * 1024 * 1024, 10_000));
        assertThat(Limits.DEFAULT.withMaxResultRows(0).maxResultRows()).isZero();
        assertThatThrownBy(() -> Limits.DEFAULT.withQueryTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limits.DEFAULT.withMaxRequestBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Limits.parseBytes("10M")).isEqualTo(10L * 1024 * 1024);
        assertThat(Limits.parseBytes("10MiB")).isEqualTo(10L * 1024 * 1024);
        assertThat(Limits.parseBytes("512k")).isEqualTo(512L * 1024);
        assertThat(Limits.parseBytes("1G")).isEqualTo(1024L * 1024 * 1024);
        assertThat(Limits.parseBytes("1234")).isEqualTo(1234);
        for (String bad : new String[] {"", "-1", "0", "ten", "10X", "99999999999999G"}) {
            assertThatThrownBy(() -> Limits.parseBytes(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void logValuesStayOnOneLine() {
        assertThat(RequestLogger.quote("/diplomacy/sparql")).isEqualTo("/diplomacy/sparql");
        assertThat(RequestLogger.quote("/a b")).isEqualTo("\"/a b\"");
        assertThat(RequestLogger.quote("x\ny\"")).isEqualTo("\"x\\u000ay\\\"\"");
        assertThat(RequestLogger.quote(null)).isEqualTo("-");
    }

    @Test
    void resourceLinksStayLocalOrHttp() {
        assertThat(ResourcePage.href("https://w3id.org/diplomacy-kg/id/country/ru")).isEqualTo("/page/id/country/ru");
        assertThat(ResourcePage.href("https://w3id.org/diplomacy-kg/article/a#char=1,2")).isEqualTo("/page/article/a#char=1,2");
        assertThat(ResourcePage.href("https://w3id.org/diplomacy-kg/ontology#Event")).isEqualTo("/ontology#Event");
        assertThat(ResourcePage.href("http://www.wikidata.org/entity/Q159")).isEqualTo("http://www.wikidata.org/entity/Q159");
        assertThat(ResourcePage.href("javascript:alert(1)")).isNull();
        assertThat(ResourcePage.href("urn:x:y")).isNull();
    }
}
