package org.diplomacykg.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.diplomacykg.DkgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final String BODY = "Envoys Meet In Geneva\n"
        + "Russian and American diplomats met in Geneva on Tuesday. They agreed to meet again.\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, UTF_8);
        return p;
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ArticleReaderTest.class.getResource("/cli/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex16(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Article one(Path p) {
        List<Article> as = Article.read(p);
        assertThat(as).hasSize(1);
        return as.get(0);
    }

    // ---- plain text and sidecars ----

    @Test
    void textWithSidecar() throws IOException {
        Path txt = write("geneva.txt", BODY);
        write("geneva.meta", "# comment\npublished: 2023-05-02\ntitle: Envoys meet in Geneva (sidecar)\n"
            + "source: https://example-news.test/geneva\nsplit: dev\n");
        Article a = one(txt);
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(a.publishedDate()).contains(LocalDate.of(2023, 5, 2));
        assertThat(a.title()).isEqualTo("Envoys meet in Geneva (sidecar)");
        assertThat(a.source()).isEqualTo("https://example-news.test/geneva");
        assertThat(a.origin()).isEqualTo(txt.toString());
        assertThat(a.titleLine()).isTrue();
        assertThat(a.text()).isEqualTo(BODY.stripTrailing());
        // With a source URL the id is the hash of the URL, so an edited text keeps its id.
        assertThat(a.id()).isEqualTo(sha256Hex16("https://example-news.test/geneva"));
        Files.writeString(txt, BODY + "A correction was appended.\n", UTF_8);
        assertThat(one(txt).id()).isEqualTo(a.id());
    }

    @Test
    void withoutSourceTheIdIsTheTextHashAndStable() throws IOException {
        Path txt = write("geneva.txt", BODY);
        Article a = one(txt);
        assertThat(a.source()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.id()).matches("[0-9a-f]{16}").isEqualTo(sha256Hex16(BODY.stripTrailing()));
        assertThat(one(txt).id()).isEqualTo(a.id());
        // Same text saved with CRLF, a BOM and trailing blanks: same canonical text, same id.
        Path crlf = write("crlf.txt", "\uFEFF" + BODY.replace("\n", "\r\n") + "\r\n\r\n  ");
        assertThat(one(crlf).id()).isEqualTo(a.id());
        assertThat(one(crlf).text()).isEqualTo(a.text());
        // Another text, another id.
        Path other = write("other.txt", BODY.replace("Tuesday", "Wednesday"));
        assertThat(one(other).id()).isNotEqualTo(a.id());
    }

    @Test
    void sidecarIdWins() throws IOException {
        Path txt = write("geneva.txt", BODY);
        write("geneva.meta", "id: geneva-2023\nsource: https://example-news.test/geneva\n");
        assertThat(one(txt).id()).isEqualTo("geneva-2023");
    }

    @Test
    void firstLineIsTheHeadline() throws IOException {
        Article a = one(write("geneva.txt", BODY));
        assertThat(a.titleLine()).isTrue();
        assertThat(a.title()).isEqualTo("Envoys Meet In Geneva");
        assertThat(a.headline()).contains("Envoys Meet In Geneva");
    }

    @Test
    void aLongFirstLineIsNotAHeadline() throws IOException {
        String longLine = "Russian and American diplomats met in Geneva on Tuesday for the first time in many months "
            + "and agreed after several hours of talks to meet again next month in the same city.\nSecond paragraph.\n";
        Article a = one(write("long.txt", longLine));
        assertThat(a.titleLine()).isFalse();
        assertThat(a.title()).isNull();
        Article single = one(write("single.txt", "Russian and American diplomats met in Geneva on Tuesday."));
        assertThat(single.titleLine()).isFalse();
    }

    @Test
    void overridesWinOverTheSidecar() throws IOException {
        Path txt = write("geneva.txt", BODY);
        write("geneva.meta", "published: 2023-05-02\nsource: https://example-news.test/geneva\n");
        Article a = ArticleReader.read(txt, new Overrides(LocalDate.of(2024, 1, 1), "https://example-news.test/x"))
            .get(0);
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(a.source()).isEqualTo("https://example-news.test/x");
    }

    @Test
    void sidecarDateTimeTakesItsLocalDate() throws IOException {
        Path txt = write("geneva.txt", BODY);
        write("geneva.meta", "published: 2023-05-02T23:30:00+02:00\n");
        assertThat(one(txt).published()).isEqualTo(LocalDate.of(2023, 5, 2));
    }

    @Test
    void folderReadsArticleFilesSortedAndSkipsOthers() throws IOException {
        write("b.txt", BODY.replace("Tuesday", "Friday"));
        write("a.txt", BODY);
        write("notes.md", "# not an article");
        write("a.meta", "published: 2023-05-02\n");
        List<Article> as = Article.read(dir);
        assertThat(as).extracting(Article::origin)
            .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
        assertThat(as.get(0).published()).isEqualTo(LocalDate.of(2023, 5, 2));
    }

    @Test
    void folderWithoutArticles() throws IOException {
        write("notes.md", "# not an article");
        assertThatThrownBy(() -> Article.read(dir)).isInstanceOf(ArticleException.class)
            .hasMessageStartingWith(dir.toString() + ": ").hasMessageContaining("no article files");
    }

    @Test
    void builderDerivesIdAndTitle() {
        Article a = Article.builder("Headline Here\nBody text here.").titleLine(true).build();
        assertThat(a.title()).isEqualTo("Headline Here");
        assertThat(a.origin()).isEqualTo("<text>");
        assertThat(a.id()).isEqualTo(sha256Hex16("Headline Here\nBody text here."));
        assertThatThrownBy(() -> Article.builder("Body.").id("bad id!").build())
            .isInstanceOf(ArticleException.class).hasMessageContaining("article id 'bad id!'");
        assertThatThrownBy(() -> Article.builder(" \n ").build())
            .isInstanceOf(ArticleException.class).hasMessageContaining("empty article");
    }

    // ---- HTML ----

    private static final String PAGE = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Envoys agree prisoner swap | The Test Ledger</title>
        <meta property="og:title" content="Envoys agree prisoner swap">
        <meta property="article:published_time" content="2024-08-01T18:05:00+03:00">
        <link rel="canonical" href="https://example-news.test/2024/08/01/swap">
        <script>window.tracking = "SCRIPT-TEXT-MUST-NOT-APPEAR";</script>
        <style>.x { color: red }</style>
        </head>
        <body>
        <div class="cookie-banner"><p>We use cookies COOKIE-TEXT.</p><button>Accept</button></div>
        <header><nav><ul><li><a href="/">NAV-ITEM World</a></li></ul></nav></header>
        <article>
          <h1>Envoys agree prisoner swap</h1>
          <p>ANKARA — Russia and the United States exchanged prisoners in Ankara on Thursday.</p>
          <h2>What Was Agreed</h2>
          <ul><li>Russia released three Americans</li><li>The United States released two Russians</li></ul>
          <p>Turkey's intelligence agency mediated the exchange, officials said.</p>
          <aside class="related"><p>RELATED-TEXT Other stories</p></aside>
          <script>var inArticle = "INLINE-SCRIPT";</script>
        </article>
        <footer><p>FOOTER-TEXT Copyright</p></footer>
        </body></html>
        """;

    @Test
    void htmlPage() throws IOException {
        Article a = one(write("swap.html", PAGE));
        assertThat(a.title()).isEqualTo("Envoys agree prisoner swap");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(a.source()).isEqualTo("https://example-news.test/2024/08/01/swap");
        assertThat(a.titleLine()).isTrue();
        assertThat(a.text()).startsWith("Envoys agree prisoner swap\n")
            .contains("ANKARA — Russia and the United States exchanged prisoners in Ankara on Thursday.")
            .contains("\nWhat Was Agreed\n")
            .contains("\n- Russia released three Americans\n- The United States released two Russians\n")
            .contains("Turkey's intelligence agency mediated the exchange")
            .doesNotContain("SCRIPT-TEXT", "INLINE-SCRIPT", "COOKIE-TEXT", "NAV-ITEM", "FOOTER-TEXT", "RELATED-TEXT",
                "color: red", "The Test Ledger");
        // The h1 equal to the title is not repeated.
        assertThat(a.text().split("Envoys agree prisoner swap", -1)).hasSize(2);
    }

    @Test
    void htmlDateFromJsonLd() throws IOException {
        String page = """
            <html><head><title>Talks resume</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2022-03-02T10:00:00Z"}]}</script>
            </head><body><main><p>Talks between the two delegations resumed on Wednesday.</p></main></body></html>
            """;
        Article a = one(write("jsonld.html", page));
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(a.title()).isEqualTo("Talks resume");
        assertThat(a.text()).isEqualTo("Talks resume\nTalks between the two delegations resumed on Wednesday.");
    }

    @Test
    void htmlDateWithoutTime() throws IOException {
        String meta = "<html><head><meta property=\"article:published_time\" content=\"2022-03-02\"></head>"
            + "<body><p>Talks resumed on Wednesday.</p></body></html>";
        assertThat(one(write("meta.html", meta)).published()).isEqualTo(LocalDate.of(2022, 3, 2));
        String jsonLd = "<html><head><script type=\"application/ld+json\">{\"datePublished\": \"2021-11-30\"}</script>"
            + "</head><body><p>Talks resumed on Tuesday.</p></body></html>";
        assertThat(one(write("jsonld.html", jsonLd)).published()).isEqualTo(LocalDate.of(2021, 11, 30));
        // A local date-time without an offset, as many CMSs write it.
        String local = "<html><head><meta property=\"article:published_time\" content=\"2022-03-02T10:15:00\">"
            + "</head><body><p>Talks resumed on Wednesday.</p></body></html>";
        assertThat(one(write("local.html", local)).published()).isEqualTo(LocalDate.of(2022, 3, 2));
    }

    @Test
    void htmlBrokenJsonLdFallsBackToTimeElement() throws IOException {
        String page = "<html><head><script type=\"application/ld+json\">{ not json</script></head><body>"
            + "<article><p>By staff, <time datetime=\"2020-09-15T12:00:00-04:00\">Sept. 15</time></p>"
            + "<p>Israel and the UAE signed the accords.</p></article></body></html>";
        assertThat(one(write("time.html", page)).published()).isEqualTo(LocalDate.of(2020, 9, 15));
    }

    @Test
    void htmlBadDate() throws IOException {
        String page = "<html><head><meta property=\"article:published_time\" content=\"yesterday\"></head>"
            + "<body><p>Talks resumed.</p></body></html>";
        Path p = write("bad-date.html", page);
        assertThatThrownBy(() -> Article.read(p)).isInstanceOf(ArticleException.class)
            .hasMessageStartingWith(p + ": ").hasMessageContaining("'yesterday' is not a date");
    }

    @Test
    void htmlWithoutText() throws IOException {
        Path p = write("empty.html", "<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>");
        assertThatThrownBy(() -> Article.read(p)).isInstanceOf(ArticleException.class)
            .hasMessage(p + ": HTML page has no article text");
    }

    @Test
    void corpusHtmlPage() throws IOException, URISyntaxException {
        // The corpus page without its sidecar: everything comes from the page itself.
        Path src = Path.of(getClass().getResource("/articles/004-eu-tenth-sanctions-package.html").toURI());
        Path copy = Files.copy(src, dir.resolve("page.html"));
        Article a = one(copy);
        assertThat(a.title()).isEqualTo("EU agrees 10th sanctions package on Russia after Polish holdout");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 2, 25));
        assertThat(a.source()).isEqualTo("https://example-news.test/europe/2023/02/25/eu-tenth-sanctions-package-russia");
        assertThat(a.text()).contains("European Union governments agreed a 10th package of sanctions against Russia")
            .contains("\n- ").doesNotContain("We use cookies", "window.dataLayer", "Subscribe");
    }

    // ---- JSON Lines ----

    @Test
    void jsonLines() throws IOException {
        Path p = write("corpus.jsonl", String.join("\n",
            "{\"id\": \"a-1\", \"title\": \"Talks\", \"published\": \"2023-01-02\", \"text\": \"Russia and Ukraine met.\"}",
            "",
            "{\"url\": \"https://example-news.test/b\", \"text\": \"China and India agreed on patrols.\"}",
            "{\"text\": \"Turkey hosted the talks.\", \"published\": \"2023-03-04T08:00:00Z\"}") + "\n");
        List<Article> as = Article.read(p);
        assertThat(as).hasSize(3);
        assertThat(as.get(0).id()).isEqualTo("a-1");
        assertThat(as.get(0).title()).isEqualTo("Talks");
        assertThat(as.get(0).published()).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(as.get(0).origin()).isEqualTo(p + " line 1");
        assertThat(as.get(1).id()).isEqualTo(sha256Hex16("https://example-news.test/b"));
        assertThat(as.get(1).source()).isEqualTo("https://example-news.test/b");
        assertThat(as.get(1).origin()).isEqualTo(p + " line 3");
        assertThat(as.get(2).id()).isEqualTo(sha256Hex16("Turkey hosted the talks."));
        assertThat(as.get(2).published()).isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(as).extracting(Article::titleLine).containsOnly(false);
    }

    @Test
    void jsonLinesBadLineNamesFileAndLine() throws IOException {
        Path p = write("corpus.jsonl", "{\"text\": \"Russia and Ukraine met.\"}\n\n{\"text\": \"broken\n");
        assertThatThrownBy(() -> Article.read(p)).isInstanceOf(ArticleException.class)
            .hasMessageStartingWith(p + " line 3: invalid JSON");
        Path q = write("array.jsonl", "{\"text\": \"Russia and Ukraine met.\"}\n[1, 2]\n");
        assertThatThrownBy(() -> Article.read(q)).isInstanceOf(ArticleException.class)
            .hasMessage(q + " line 2: expected a JSON object");
        Path r = write("notext.jsonl", "{\"title\": \"No text\"}\n");
        assertThatThrownBy(() -> Article.read(r)).isInstanceOf(ArticleException.class)
            .hasMessage(r + " line 1: missing or empty 'text'");
        Path s = write("baddate.jsonl", "{\"text\": \"Talks.\"}\n{\"text\": \"Talks.\", \"published\": \"soon\"}\n");
        assertThatThrownBy(() -> Article.read(s)).isInstanceOf(ArticleException.class)
            .hasMessageStartingWith(s + " line 2: published: 'soon' is not a date");
        Path t = write("badtype.jsonl", "{\"text\": [\"Talks.\"]}\n");
        assertThatThrownBy(() -> Article.read(t)).isInstanceOf(ArticleException.class)
            .hasMessage(t + " line 1: 'text' must be a string");
    }

    // ---- bad inputs: each an ArticleException naming the file and the problem ----

    @Test
    void missingFile() {
        Path p = dir.resolve("nope.txt");
        assertThatThrownBy(() -> Article.read(p)).isInstanceOf(ArticleException.class).isInstanceOf(DkgException.class)
            .hasMessage(p + ": no such file");
    }

    @Test
    void emptyFile() {
        Path p = fixture("empty.txt");
        assertThatThrownBy(() -> Article.read(p)).isInstanceOf(ArticleException.class).hasMessage(p + ": empty file");
    }

    @Test
    void whitespaceOnlyFile() {
        Path p = fixture("whitespace.txt");
        assertThatThrownBy(() -> Article.read(p)).isInstanceOf(ArticleException.class)
            .hasMessage(p + ": empty file (only whitespace)");
    }

    @Test
    void binaryFile() throws IOException {
        Path p = fixture("binary.txt");
        assertThatThrownBy(() -> Article.read(p)).isInstanceOf(ArticleException.class)
            .hasMessage(p + ": binary file, not text");
        // Many control characters without a NUL are binary too.
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }
        Path q = write("controls.txt", controls);
        assertThatThrownBy(() -> Article.read(q)).isInstanceOf(ArticleException.class)
            .hasMessage(q + ": binary file, not text");
    }

    @Test
    void invalidUtf8NamesTheByte() throws IOException {
        Path p = fixture("invalid-utf8.txt");
        assertThatThrownBy(() -> Article.read(p)).isInstanceOf(ArticleException.class)
            .hasMessage(p + ": invalid UTF-8 at byte 23");
        // A valid multi-byte character before the bad byte: the offset counts bytes, not characters.
        byte[] prefix = "Kyiv — talks ".getBytes(UTF_8); // the dash is 3 bytes
        byte[] bytes = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
        bytes[prefix.length + 1] = 'x';
        bytes[prefix.length + 2] = '\n';
        Path q = write("lead.txt", bytes);
        assertThat(prefix.length).isEqualTo(15);
        assertThatThrownBy(() -> Article.read(q)).isInstanceOf(ArticleException.class)
            .hasMessage(q + ": invalid UTF-8 at byte 15");
        // A truncated sequence at the very end.
        byte[] truncated = "Talks ended".getBytes(UTF_8);
        byte[] t2 = new byte[truncated.length + 2];
        System.arraycopy(truncated, 0, t2, 0, truncated.length);
        t2[truncated.length] = (byte) 0xE2;
        t2[truncated.length + 1] = (byte) 0x80;
        Path r = write("truncated.txt", t2);
        assertThatThrownBy(() -> Article.read(r)).isInstanceOf(ArticleException.class)
            .hasMessage(r + ": invalid UTF-8 at byte 11");
    }

    @Test
    void badPublishedInSidecar() {
        Path p = fixture("bad-published.txt");
        assertThatThrownBy(() -> Article.read(p)).isInstanceOf(ArticleException.class)
            .hasMessageStartingWith(fixture("bad-published.meta") + ": ")
            .hasMessageContaining("published: 'last Tuesday' is not a date (expected YYYY-MM-DD)");
    }

    @Test
    void badSidecarLine() throws IOException {
        Path txt = write("geneva.txt", BODY);
        Path meta = write("geneva.meta", "published: 2023-05-02\njust some words\n");
        assertThatThrownBy(() -> Article.read(txt)).isInstanceOf(ArticleException.class)
            .hasMessage(meta + ": line 2: expected 'key: value', got 'just some words'");
    }

    @Test
    void binarySidecar() throws IOException {
        Path txt = write("geneva.txt", BODY);
        Path meta = write("geneva.meta", new byte[] {'i', 'd', 0, 0});
        assertThatThrownBy(() -> Article.read(txt)).isInstanceOf(ArticleException.class)
            .hasMessage(meta + ": binary file, not text");
    }
}
