package org.diplomacykg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomacykg.extract.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the extractor on the gold corpus (src/test/resources/articles) and fails below the floors
 * recorded in docs/quality.md. The report is written to target/quality-report.txt.
 */
class EvaluatorTest {
    /** Floors a little under the figures measured when they were last recorded in docs/quality.md. */
    private static final double MIN_PRECISION = 0.70;
    private static final double MIN_RECALL = 0.37;
    /**
     * Per-split floors (precision, recall), each a little under the split's first measurement. The held-out splits
     * (heldout2-6) are kept unread, so their floors only guard against regressions; the fresh splits were written
     * blind, measured once before any rule came from them (docs/quality.md), then used as dev material.
     */
    private record Floor(String split, double precision, double recall, String note) {}

    private static final List<Floor> SPLIT_FLOORS = List.of(
        new Floor("heldout", 0.60, 0.35, "007, 009, 011, 012: the first held-out set, read since"),
        new Floor("heldout2", 0.45, 0.15, "033-035: kept unread"),
        new Floor("heldout3", 0.50, 0.22, "048-051: 0.61 / 0.29 when first measured on 2026-12-07; kept unread"),
        new Floor("fresh7", 0.55, 0.38, "056-059: 0.65 / 0.46 on 2026-12-07"),
        new Floor("fresh9", 0.50, 0.25, "060-063: 0.61 / 0.32 on 2026-12-07"),
        new Floor("heldout4", 0.60, 0.25, "064-067: 0.74 / 0.33 on 2026-12-08; kept unread"),
        new Floor("fresh11", 0.55, 0.25, "068-071: 0.70 / 0.33 on 2026-12-08"),
        new Floor("heldout5", 0.55, 0.22, "072-075: 0.69 / 0.29 on 2026-12-08; kept unread"),
        new Floor("fresh12", 0.50, 0.28, "076-079: 0.59 / 0.35 on 2026-12-08"),
        new Floor("fresh13", 0.50, 0.20, "080-083: 0.62 / 0.26 on 2026-12-08"),
        new Floor("heldout6", 0.55, 0.25, "084-087: 0.68 / 0.34 on 2026-12-08; kept unread"),
        new Floor("fresh14", 0.50, 0.28, "088-091: 0.62 / 0.36 on 2026-12-08"),
        new Floor("fresh15", 0.60, 0.35, "092-095: 0.76 / 0.43 on 2026-12-08"));
    private static final double MIN_DATES = 0.75;
    private static final double MIN_LINKING = 0.90;

    private static Extractor extractor;
    private static Report report;

    @BeforeAll
    static void evaluate() throws IOException {
        extractor = Extractor.create();
        report = new Evaluator(extractor).evaluate(GoldArticle.readFolder(Path.of("src/test/resources/articles")));
        StringWriter w = new StringWriter();
        report.print(new PrintWriter(w), true);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/quality-report.txt"), w.toString());
    }

    @Test
    void corpusHasDevAndHeldOutArticles() {
        assertThat(report.articles()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(report.articles()).extracting(Report.ArticleScore::split).contains("dev", "heldout");
    }

    @Test
    void eventsAboveTheRecordedFloors() {
        Report.Counts all = report.total();
        assertThat(all.precision()).as("precision over all articles").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(all.recall()).as("recall over all articles").isGreaterThanOrEqualTo(MIN_RECALL);
        for (Floor f : SPLIT_FLOORS) {
            assertThat(report.split(f.split()).precision()).as(f.split() + " precision (" + f.note() + ")")
                .isGreaterThanOrEqualTo(f.precision());
            assertThat(report.split(f.split()).recall()).as(f.split() + " recall (" + f.note() + ")")
                .isGreaterThanOrEqualTo(f.recall());
        }
    }

    @Test
    void matchedEventsCarryTheGoldDate() {
        assertThat(report.dateAccuracy(a -> true)).as("date accuracy over matched events").isGreaterThanOrEqualTo(MIN_DATES);
    }

    @Test
    void entityLinkingAboveTheRecordedFloor() {
        assertThat(report.linkingAccuracy(a -> true)).isGreaterThanOrEqualTo(MIN_LINKING);
    }

    @Test
    void mirroredGoldPairsCountOnceAndActorsMatchByQidOrName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Talks in Geneva\nChina and India met in Geneva on Monday.\n");
        Files.writeString(dir.resolve("a.meta"), "published: 2023-05-10\nsplit: dev\n");
        Files.writeString(dir.resolve("a.gold.tsv"), String.join("\n",
            "cameo\tactor1\tactor1_wikidata\tactor2\tactor2_wikidata\tdate\tplace\tplace_wikidata\tevidence",
            "044\tChina\tQ148\tIndia\t\t2023-05-08\tGeneva\tQ71\tChina and India met in Geneva",
            "044\tIndia\t\tChina\tQ148\t2023-05-08\tGeneva\tQ71\tChina and India met in Geneva",
            "163\tChina\tQ148\tIndia\tQ668\t\t\t\tno such sentence in the article", ""));
        Files.writeString(dir.resolve("a.entities.tsv"), "label\ttype\twikidata\nChina\tCountry\tQ148\nIndia\tCountry\tQ668\n");
        Report r = new Evaluator(extractor).evaluate(GoldArticle.readFolder(dir));
        Report.ArticleScore a = r.articles().get(0);
        assertThat(a.gold()).hasSize(2);
        assertThat(a.matches()).singleElement().satisfies(m -> {
            assertThat(m.gold().cameo()).isEqualTo("044");
            assertThat(m.dateCorrect()).isTrue();
        });
        assertThat(a.missed()).extracting(GoldEvent::cameo).containsExactly("163");
        assertThat(r.total().precision()).isEqualTo(1.0);
        assertThat(r.total().recall()).isEqualTo(0.5);
        assertThat(r.linkingAccuracy(x -> true)).isEqualTo(1.0);
        assertThat(r.byRoot(x -> true).keySet()).containsExactly("04", "16");
    }

    @Test
    void badGoldFilesAreReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Title\nRussia attacked Ukraine.\n");
        Files.writeString(dir.resolve("b.gold.tsv"), "header\n190\tRussia\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GoldArticle.readFolder(dir))
            .hasMessageContaining("b.gold.tsv line 2").hasMessageContaining("9 tab-separated fields");
        assertThat(List.of(dir)).isNotEmpty();
    }

    private static final String GOLD_HEADER =
        "cameo\tactor1\tactor1_wikidata\tactor2\tactor2_wikidata\tdate\tplace\tplace_wikidata\tevidence";

    /** Scores one article written to {@code dir}: its text (headline first), published date, gold rows, entities. */
    private static Report.ArticleScore scoreOne(Path dir, String text, String published, String entities,
                                                String... goldRows) throws IOException {
        Files.writeString(dir.resolve("x.txt"), text);
        Files.writeString(dir.resolve("x.meta"), "published: " + published + "\nsplit: dev\n");
        Files.writeString(dir.resolve("x.gold.tsv"), GOLD_HEADER + "\n" + String.join("\n", goldRows) + "\n");
        if (entities != null) {
            Files.writeString(dir.resolve("x.entities.tsv"), "label\ttype\twikidata\n" + entities);
        }
        return new Evaluator(extractor).evaluate(GoldArticle.readFolder(dir)).articles().get(0);
    }

    @Test
    void anOrganNamedAfterItsCountryAgreesWithTheCountryButAnotherCountryDoesNot(@TempDir Path dir) throws IOException {
        Report.ArticleScore a = scoreOne(dir, "Strikes\nUS forces struck militia targets in Iraq on Friday.\n", "2024-02-04",
            null,
            "190\tUnited States Armed Forces\t\tIraq\t\t2024-02-02\t\t\tUS forces struck militia targets in Iraq",
            "190\tIraqi Armed Forces\t\tIraq\t\t2024-02-02\t\t\tUS forces struck militia targets in Iraq");
        assertThat(a.matches()).singleElement().satisfies(m ->
            assertThat(m.gold().actor1()).isEqualTo("United States Armed Forces"));
        assertThat(a.missed()).extracting(GoldEvent::actor1).containsExactly("Iraqi Armed Forces");
    }

    @Test
    void anOrganOfACountryAgreesWithItButAPersonOfACountryDoesNot(@TempDir Path dir) throws IOException {
        Report.ArticleScore a = scoreOne(dir, "Row\nSaudi Arabia condemned Iran on Monday. Somalia condemned "
            + "Ethiopia on Monday.\n", "2024-01-03", "Salman of Saudi Arabia\tPerson\t\n",
            "111\tSalman of Saudi Arabia\t\tIran\t\t2024-01-01\t\t\tSaudi Arabia condemned Iran on Monday",
            "111\tCabinet of Somalia\t\tEthiopia\t\t2024-01-01\t\t\tSomalia condemned Ethiopia on Monday");
        assertThat(a.matches()).extracting(m -> m.gold().actor1()).containsExactly("Cabinet of Somalia");
        assertThat(a.missed()).extracting(GoldEvent::actor1).containsExactly("Salman of Saudi Arabia");
    }

    @Test
    void aMiddleInitialDoesNotMakeAnotherPerson(@TempDir Path dir) throws IOException {
        Report.ArticleScore a = scoreOne(dir, "Swap\nRussia released the spy Sergei V. Skripal in Vienna in 2010.\n",
            "2018-03-27", null,
            "0841\tRussia\t\tSergei Skripal\t\t2010\t\t\tRussia released the spy Sergei V. Skripal");
        assertThat(a.matches()).hasSize(1);
    }

    @Test
    void anOrganNamedAnotherWayIsTheSameOrgan(@TempDir Path dir) throws IOException {
        Report.ArticleScore a = scoreOne(dir, "Warning\nUkraine's Defence Ministry condemned Russia on Friday.\n",
            "2023-07-22", null,
            "111\tUkrainian Ministry of Defense\t\tRussia\t\t2023-07-21\t\t\tUkraine's Defence Ministry condemned Russia",
            "111\tRussian Ministry of Defense\t\tRussia\t\t2023-07-21\t\t\tUkraine's Defence Ministry condemned Russia");
        assertThat(a.matches()).extracting(m -> m.gold().actor1()).containsExactly("Ukrainian Ministry of Defense");
    }
}
