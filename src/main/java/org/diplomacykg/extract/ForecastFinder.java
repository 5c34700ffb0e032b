package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.fact.Forecast;
import org.diplomacykg.fact.TimeValue;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.text.BlockKind;

/**
 * Tells forecasts from reports: a sentence under a heading that names a year after publication ("A
 * changing landscape in 2030"), if it is a bullet or speaks of the future, or any sentence that names such a
 * year and speaks of the future ("will", "is expected to"). Events inside forecasts are not recorded as
 * having happened.
 */
final class ForecastFinder {
    private final Lexicon lexicon;

    ForecastFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The horizon of the section each sentence is in (from its heading), or null. */
    List<TimeValue> sectionHorizons(List<SentenceView> views, List<List<TimeExpression>> times) {
        List<TimeValue> out = new ArrayList<>();
        TimeValue current = null;
        for (SentenceView v : views) {
            if (v.sentence.kind() == BlockKind.HEADING || v.sentence.kind() == BlockKind.TITLE) {
                current = futureYear(times.get(v.sentence.index()));
            }
            out.add(current);
        }
        return out;
    }

    /** The forecast a sentence makes, or null when it reports rather than predicts. */
    Forecast forecast(SentenceView v, TimeValue sectionHorizon, List<TimeExpression> times, ArticleState state) {
        if (v.sentence.kind().isHeadline()) {
            return null;
        }
        boolean future = lexicon.words("forecastMarkers").occursIn(v.t, 0, v.size());
        TimeValue horizon = futureYear(times);
        if (horizon == null && sectionHorizon != null && (future || v.sentence.kind() == BlockKind.BULLET)) {
            horizon = sectionHorizon;
        } else if (horizon != null && !future) {
            horizon = null;
        }
        if (horizon == null) {
            return null;
        }
        List<String> about = new ArrayList<>();
        for (Mention m : v.mentions) {
            Actor a = v.actorOf(m);
            if (a != null && !about.contains(a.iri())) {
                about.add(a.iri());
            }
        }
        return new Forecast(horizon, about, v.sentence.index());
    }

    private static TimeValue futureYear(List<TimeExpression> times) {
        for (TimeExpression t : times) {
            if (t.future() && t.value().precision() == TimeValue.Precision.YEAR) {
                return t.value();
            }
        }
        return null;
    }
}
