package org.diplomacykg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomacykg.article.Article;
import org.diplomacykg.export.EventRow;
import org.diplomacykg.export.EventTable;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.Test;

/** One real event reported by several articles is one event with several mentions, whatever the order. */
class EventIdentityTest {

    private static final Article REPORT_A = Article.builder(
            "Blinken meets Wang in Munich\nU.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi "
                + "in Munich on Saturday, officials said.")
        .published(LocalDate.of(2023, 2, 19)).source("https://a.example/1").titleLine(true).build();
    private static final Article REPORT_B = Article.builder(
            "Talks on the sidelines\nOn Feb. 18, Wang Yi and Antony Blinken held talks in Munich on the sidelines of "
                + "the security conference.")
        .published(LocalDate.of(2023, 2, 20)).source("https://b.example/2").titleLine(true).build();
    private static final Article LATER_MEETING = Article.builder(
            "Blinken in Beijing\nAntony Blinken met Wang Yi in Beijing on Monday.")
        .published(LocalDate.of(2023, 6, 19)).source("https://c.example/3").titleLine(true).build();

    private static List<EventRow> meetings(List<EventRow> rows) {
        return rows.stream().filter(r -> r.cameoCode().startsWith("04")).toList();
    }

    @Test
    void twoReportsOfTheSameMeetingAreOneEventWithTwoMentions() {
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.memory())) {
            g.ingest(REPORT_A, REPORT_B);
            List<EventRow> events = meetings(EventTable.events(g.store()));
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.place()).isEqualTo("Munich");
                assertThat(e.date()).isEqualTo("2023-02-18");
            });
            assertThat(meetings(EventTable.mentions(g.store()))).hasSize(2)
                .extracting(EventRow::event).containsOnly(events.get(0).event());
        }
    }

    @Test
    void theEventIriDoesNotDependOnIngestOrder() {
        String first;
        String second;
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.memory())) {
            g.ingest(REPORT_A);
            g.ingest(REPORT_B);
            first = meetings(EventTable.events(g.store())).get(0).event();
        }
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.memory())) {
            g.ingest(REPORT_B);
            g.ingest(REPORT_A);
            second = meetings(EventTable.events(g.store())).get(0).event();
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void twoDifferentMeetingsOfTheSamePairStayApart() {
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.memory())) {
            g.ingest(REPORT_A, LATER_MEETING);
            assertThat(meetings(EventTable.events(g.store()))).hasSize(2)
                .extracting(EventRow::place).containsExactlyInAnyOrder("Munich", "Beijing");
        }
    }
}
