package org.diplomacykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomacykg.fact.TimeValue;
import org.junit.jupiter.api.Test;

class TimeFinderTest {
    private static final LocalDate FRIDAY = LocalDate.of(2023, 1, 20);
    private final TimeFinder finder = new TimeFinder();

    private List<TimeExpression> find(String text, LocalDate published) {
        return finder.find(text, 0, published);
    }

    private TimeValue only(String text, LocalDate published) {
        List<TimeExpression> found = find(text, published);
        assertThat(found).as("time expressions in '%s'", text).hasSize(1);
        return found.get(0).value();
    }

    @Test
    void weekdayIsTheLatestSuchDayNotAfterPublication() {
        assertThat(only("The ministry said on Friday that talks were over.", FRIDAY).iso()).isEqualTo("2023-01-20");
        assertThat(only("They met on Tuesday.", FRIDAY).iso()).isEqualTo("2023-01-17");
        assertThat(only("They met last Friday.", FRIDAY).iso()).isEqualTo("2023-01-13");
    }

    @Test
    void aWeekdayBeforeADateIsThatDate() {
        TimeValue d = only("Relations were restored on Monday, July 20, in Washington.", LocalDate.of(2015, 8, 14));
        assertThat(d.iso()).isEqualTo("2015-07-20");
        assertThat(d.precision()).isEqualTo(TimeValue.Precision.DAY);
        // a weekday on its own still resolves against publication
        assertThat(only("Relations were restored on Monday in Washington.", LocalDate.of(2015, 8, 14)).iso())
            .isEqualTo("2015-08-10");
    }

    @Test
    void monthWithoutYearIsTheLatestSuchMonthNotAfterPublication() {
        TimeValue nov = only("In November, negotiations were cancelled.", FRIDAY);
        assertThat(nov.iso()).isEqualTo("2022-11");
        assertThat(nov.precision()).isEqualTo(TimeValue.Precision.MONTH);
        assertThat(only("The envoy arrived in January.", FRIDAY).iso()).isEqualTo("2023-01");
    }

    @Test
    void relativeYearsResolveAgainstPublication() {
        assertThat(only("Russia attacked Ukraine the year before.", FRIDAY).iso()).isEqualTo("2022");
        assertThat(only("The treaty lapsed last year.", FRIDAY).iso()).isEqualTo("2022");
        assertThat(only("Sanctions were tightened this year.", FRIDAY).iso()).isEqualTo("2023");
        assertThat(only("The minister visited yesterday.", FRIDAY).iso()).isEqualTo("2023-01-19");
        assertThat(only("The two leaders spoke by phone last night.", FRIDAY).iso()).isEqualTo("2023-01-19");
        assertThat(only("The ministry summoned the envoy this morning.", FRIDAY).iso()).isEqualTo("2023-01-20");
    }

    @Test
    void aWeekResolvesToItsMonthOnlyWhenItLiesInOne() {
        TimeValue last = only("The envoy visited last week.", FRIDAY); // 9-15 January 2023
        assertThat(last.iso()).isEqualTo("2023-01");
        assertThat(last.precision()).isEqualTo(TimeValue.Precision.MONTH);
        assertThat(only("They met earlier this week.", FRIDAY).iso()).isEqualTo("2023-01");
        // published Thursday 2 March 2023: last week ran from 20 to 26 February, this week across two months
        assertThat(only("The envoy visited last week.", LocalDate.of(2023, 3, 2)).iso()).isEqualTo("2023-02");
        assertThat(only("They met earlier this week.", LocalDate.of(2023, 3, 2)).isResolved()).isFalse();
    }

    @Test
    void explicitDatesKeepTheirPrecision() {
        assertThat(only("They last spoke in Geneva in June 2021.", FRIDAY).iso()).isEqualTo("2021-06");
        assertThat(only("The treaty was signed on April 8, 2010, in Prague.", FRIDAY).iso()).isEqualTo("2010-04-08");
        assertThat(only("The deal of 14 July 2015 collapsed.", FRIDAY).iso()).isEqualTo("2015-07-14");
        assertThat(only("On Feb. 24 the invasion began.", LocalDate.of(2022, 3, 2)).iso()).isEqualTo("2022-02-24");
        assertThat(only("Relations were restored in 2016.", FRIDAY).iso()).isEqualTo("2016");
    }

    @Test
    void whatCannotBeResolvedIsKeptAsTextNotGuessed() {
        TimeValue v = only("The previous two years have been particularly unpleasant.", FRIDAY);
        assertThat(v.isResolved()).isFalse();
        assertThat(v.text()).isEqualTo("The previous two years");
        assertThat(only("They met on Friday.", null).isResolved()).isFalse();
    }

    @Test
    void futureYearsAreMarkedAsFuture() {
        List<TimeExpression> found = find("A changing global landscape in 2030", FRIDAY);
        assertThat(found).singleElement().satisfies(t -> assertThat(t.future()).isTrue());
    }

    @Test
    void numbersThatAreNotYearsAreIgnored() {
        assertThat(find("Moscow sent 2000 troops and $1500 in aid.", FRIDAY)).isEmpty();
        assertThat(find("May I add that the talks failed?", FRIDAY)).isEmpty();
    }

    @Test
    void offsetsPointIntoTheArticle() {
        String sentence = "Talks resumed on Monday.";
        List<TimeExpression> found = finder.find(sentence, 100, FRIDAY);
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.begin()).isEqualTo(100 + sentence.indexOf("on Monday"));
            assertThat(t.end()).isEqualTo(100 + sentence.indexOf("."));
        });
    }
}
