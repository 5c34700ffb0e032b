package org.diplomacykg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.article.Article;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventTableTest {
    private static final String HEADER = "event,article,date,cameo_code,cameo_label,actor1,actor1_wikidata,actor2,"
        + "actor2_wikidata,place,place_wikidata,sentence_begin,sentence_end,confidence,source_text";

    /** Supplementary characters (flags are two code points of two chars each) before the event sentences. */
    private static final String EMOJI_TEXT = """
        War Enters A New Phase 🇺🇦
        🇺🇦🇷🇺 KYIV, Feb 3 — 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: officials gathered in the capital at dawn. \
        Russia attacked Ukraine on Friday, officials said. The European Union imposed new sanctions on Russia.""";
    private static final String EMOJI_ID = "emoji-test";

    private static DiplomacyGraph graph;
    private static List<EventRow> events;
    private static List<EventRow> mentions;
    /** Article IRI to its NIF context text. */
    private static final Map<String, String> TEXTS = new HashMap<>();

    @BeforeAll
    static void ingest() {
        graph = DiplomacyGraph.open(Store.memory(), Extractor.create());
        Article emoji = Article.builder(EMOJI_TEXT).titleLine(true).id(EMOJI_ID).published(LocalDate.of(2023, 2, 3))
            .build();
        graph.ingest(List.of(Article.read(Path.of("seeds/000_3f1b89652e64c667.txt")).get(0), emoji));
        events = EventTable.events(graph.store());
        mentions = EventTable.mentions(graph.store());
        graph.select("SELECT ?a ?s { ?a a dip:Article ; dip:text ?c . ?c nif:isString ?s }",
            row -> TEXTS.put(row.getResource("a").getURI(), row.getLiteral("s").getString()));
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    private static String csv(List<EventRow> rows) {
        StringWriter sw = new StringWriter();
        TableFormat.CSV.write(EventTable.COLUMNS, EventTable.cells(rows), new PrintWriter(sw));
        return sw.toString();
    }

    private static String byCodePoints(String s, long begin, long end) {
        int b = s.offsetByCodePoints(0, (int) begin);
        int e = s.offsetByCodePoints(b, (int) (end - begin));
        return s.substring(b, e);
    }

    @Test
    void header() {
        assertThat(String.join(",", EventTable.COLUMNS)).isEqualTo(HEADER);
        assertThat(csv(List.of())).isEqualTo(HEADER + "\r\n");
    }

    @Test
    void csvRecordsHaveFifteenFields() {
        assertThat(events).isNotEmpty();
        String out = csv(events);
        assertThat(out).startsWith(HEADER + "\r\n");
        List<List<String>> records = Csv.parse(out); // strict: CRLF only, quotes balanced
        assertThat(records).hasSize(events.size() + 1);
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(15));
        // Labels with commas and quotes survive the round trip.
        for (int i = 0; i < events.size(); i++) {
            assertThat(records.get(i + 1)).isEqualTo(events.get(i).cells());
        }
        assertThat(events).anySatisfy(r -> assertThat(r.cameoLabel()).contains(","));
    }

    @Test
    void cellsAreWellFormed() {
        for (EventRow r : events) {
            assertThat(r.event()).startsWith("https://w3id.org/diplomacy-kg/event/");
            assertThat(r.article()).startsWith("https://w3id.org/diplomacy-kg/article/");
            assertThat(r.cameoCode()).matches("[0-2][0-9]{1,3}");
            assertThat(r.cameoLabel()).isNotBlank();
            assertThat(r.date()).matches("(\\d{4}(-\\d{2}(-\\d{2})?)?)?");
            assertThat(r.actor1Wikidata()).matches("(Q\\d+)?");
            assertThat(r.actor2Wikidata()).matches("(Q\\d+)?");
            assertThat(r.placeWikidata()).matches("(Q\\d+)?");
            assertThat(r.confidence()).isBetween(0.0, 1.0);
            assertThat(r.sentenceEnd()).isGreaterThan(r.sentenceBegin());
            assertThat(r.cells().get(13)).matches("[01]\\.\\d\\d");
        }
        // Leading zeros are kept: the seed's statements and meetings are 0xx codes.
        assertThat(events).map(EventRow::cameoCode).anyMatch(c -> c.startsWith("0"));
        assertThat(csv(events)).containsPattern(",0[0-9]{2,3},");
        assertThat(events).map(EventRow::cameoCode).contains("163");
        // One row per event.
        assertThat(events).map(EventRow::event).doesNotHaveDuplicates();
    }

    @Test
    void offsetsAreCodePointsIntoTheArticleText() {
        assertThat(TEXTS).hasSize(2);
        for (EventRow r : mentions) {
            String text = TEXTS.get(r.article());
            assertThat(text).as("text of %s", r.article()).isNotNull();
            assertThat(byCodePoints(text, r.sentenceBegin(), r.sentenceEnd())).isEqualTo(r.sourceText());
            assertThat(r.sentenceEnd() - r.sentenceBegin()).isEqualTo(r.sourceText().codePointCount(0,
                r.sourceText().length()));
        }
        List<EventRow> emoji = mentions.stream().filter(r -> r.article().endsWith("/" + EMOJI_ID)).toList();
        assertThat(emoji).isNotEmpty();
        String text = TEXTS.get("https://w3id.org/diplomacy-kg/article/" + EMOJI_ID);
        assertThat(text).isEqualTo(EMOJI_TEXT);
        for (EventRow r : emoji) {
            // The test means something only if char and code-point offsets differ here.
            assertThat(text.indexOf(r.sourceText())).isGreaterThan((int) r.sentenceBegin());
        }
        assertThat(emoji).anySatisfy(r -> assertThat(r.sourceText()).contains("Russia attacked Ukraine"));
    }

    @Test
    void mentionsCoverEveryEvent() {
        assertThat(mentions.size()).isGreaterThanOrEqualTo(events.size());
        assertThat(mentions.stream().map(EventRow::event).collect(Collectors.toSet()))
            .isEqualTo(events.stream().map(EventRow::event).collect(Collectors.toSet()));
        Set<String> codes = events.stream().map(EventRow::cameoCode).collect(Collectors.toSet());
        assertThat(mentions).allSatisfy(m -> assertThat(codes).contains(m.cameoCode()));
        assertThat(Csv.parse(csv(mentions))).hasSize(mentions.size() + 1).allSatisfy(r -> assertThat(r).hasSize(15));
    }

    @Test
    void rowsAreOrderedByArticleAndPosition() {
        for (int i = 1; i < mentions.size(); i++) {
            EventRow a = mentions.get(i - 1);
            EventRow b = mentions.get(i);
            if (a.article().equals(b.article())) {
                assertThat(b.sentenceBegin()).isGreaterThanOrEqualTo(a.sentenceBegin());
            }
        }
        // The seed (published 2023-01-20) comes before the test article (2023-02-03).
        assertThat(mentions.get(0).article()).doesNotEndWith(EMOJI_ID);
        assertThat(mentions.get(mentions.size() - 1).article()).endsWith(EMOJI_ID);
    }

    @Test
    void jsonParses() {
        StringWriter sw = new StringWriter();
        TableFormat.JSON.write(EventTable.COLUMNS, EventTable.cells(events), new PrintWriter(sw));
        JsonArray a = JSON.parseAny(sw.toString()).getAsArray();
        assertThat(a.size()).isEqualTo(events.size());
        for (int i = 0; i < a.size(); i++) {
            JsonValue v = a.get(i);
            assertThat(v.getAsObject().keys()).containsExactlyInAnyOrderElementsOf(EventTable.COLUMNS);
            assertThat(v.getAsObject().get("cameo_code").getAsString().value()).isEqualTo(events.get(i).cameoCode());
            assertThat(v.getAsObject().get("source_text").getAsString().value()).isEqualTo(events.get(i).sourceText());
        }
    }

    @Test
    void emptyStoreGivesNoRows() {
        try (Store s = Store.memory()) {
            assertThat(EventTable.events(s)).isEmpty();
            assertThat(EventTable.mentions(s)).isEmpty();
        }
    }
    @Test
    void aCountryOnlyAnEventNamesStillHasItsLabel() {
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.memory(), Extractor.create())) {
            g.ingest(List.of(Article.builder("Talks resumed this week. President Recep Tayyip Erdogan flew to Geneva on Monday.")
                .published(LocalDate.of(2023, 11, 7)).build()));
            assertThat(EventTable.events(g.store())).anySatisfy(r -> {
                assertThat(r.cameoCode()).isEqualTo("042");
                assertThat(r.actor2()).isEqualTo("Switzerland");
                assertThat(r.actor2Wikidata()).isEqualTo("Q39");
            });
        }
    }
}
