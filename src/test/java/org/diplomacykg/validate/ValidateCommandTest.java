package org.diplomacykg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomacykg.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code dkg validate}, in process: reports, exit codes 0 (conforms), 1 (violations, bad input), 2 (usage). */
class ValidateCommandTest {
    private static final Path SEED = Path.of("seeds/000_3f1b89652e64c667.txt").toAbsolutePath();
    private static final Path HTML = Path.of("src/test/resources/articles/004-eu-tenth-sanctions-package.html").toAbsolutePath();
    private static final Path BROKEN = Path.of("src/test/resources/graphs/broken.trig").toAbsolutePath();

    @TempDir
    static Path shared;
    private static Path db;

    record Result(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].toString();
        }
        int exit = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(a);
        return new Result(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingest() {
        db = shared.resolve("tdb2");
        Result r = run("ingest", "--db", db, SEED);
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void seedArticleConforms() {
        Result r = run("validate", SEED);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.lines()).containsExactly(SEED + ": conforms: no SHACL violations");
    }

    @Test
    void htmlArticleConforms() {
        Result r = run("validate", HTML);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    @Test
    void databaseConforms() {
        Result r = run("validate", "--db", db);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).isEqualTo(db + ": conforms: no SHACL violations" + System.lineSeparator());
    }

    @Test
    void brokenGraphIsReportedLineByLine() {
        Result r = run("validate", BROKEN);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        List<String> lines = r.lines();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(7)).isEqualTo(BROKEN + ": does not conform: 7 results on 7 nodes");
        assertThat(lines.subList(0, 7)).anyMatch(l -> l.startsWith("event:0000000000000002  ") && l.contains("no actor"))
            .anyMatch(l -> l.startsWith("event:0000000000000003  dip:date  "))
            .anyMatch(l -> l.startsWith("event:0000000000000004  dip:cameoCode  ") && l.contains("\"164\""))
            .anyMatch(l -> l.contains("#event-5  dip:confidence  "))
            .anyMatch(l -> l.contains("#event-6  dip:sentence  "))
            .anyMatch(l -> l.contains("#char=22,28  nif:anchorOf  ") && l.contains("\"Rusia\""))
            .anyMatch(l -> l.startsWith("person:no-label  rdfs:label  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq", "jsonld", "ttl"})
    void extractedRdfFilesConform(String format) throws Exception {
        Result x = run("extract", SEED, "--format", format);
        assertThat(x.exit()).as(x.err()).isZero();
        Path file = shared.resolve("seed." + format);
        Files.writeString(file, x.out());
        Result r = run("validate", file);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("conforms: no SHACL violations");
    }

    @Test
    void badRdfIsBadInput(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "this is not turtle <");
        Result r = run("validate", bad);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("dkg: " + bad + ": not valid Turtle");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingInputsAreBadInput(@TempDir Path tmp) {
        Result file = run("validate", tmp.resolve("absent.ttl"));
        assertThat(file.exit()).isEqualTo(1);
        assertThat(file.err()).contains("absent.ttl: no such file");
        Result article = run("validate", tmp.resolve("absent.txt"));
        assertThat(article.exit()).isEqualTo(1);
        Result database = run("validate", "--db", tmp.resolve("no-db"));
        assertThat(database.exit()).isEqualTo(1);
        assertThat(database.err()).contains("no database here");
        assertThat(tmp.resolve("no-db")).doesNotExist();
    }

    @Test
    void databaseAndFileTogetherIsAUsageError() {
        Result r = run("validate", "--db", db, SEED);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("either --db DIR or FILE");
    }

    @Test
    void unknownExtensionIsAUsageError(@TempDir Path tmp) throws Exception {
        Path odd = tmp.resolve("article.docx");
        Files.writeString(odd, "x");
        Result r = run("validate", odd);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot tell from its extension");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate --bogus", "validate a.ttl b.ttl", "validate --db"})
    void usageErrorsExitWithTwo(String commandLine) {
        assertThat(run((Object[]) commandLine.split(" ")).exit()).isEqualTo(2);
    }

    @Test
    void helpDescribesTheExitCodes() {
        Result r = run("validate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("--db", "FILE", "Exit code 0 when it conforms");
    }
}
