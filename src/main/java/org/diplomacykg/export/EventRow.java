package org.diplomacykg.export;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the event table; see {@link EventTable#COLUMNS} for the contract. Empty strings for what is
 * unknown.
 */
public record EventRow(String event, String article, String date, String cameoCode, String cameoLabel, String actor1,
                       String actor1Wikidata, String actor2, String actor2Wikidata, String place,
                       String placeWikidata, long sentenceBegin, long sentenceEnd, double confidence,
                       String sourceText) {

    /** The cells in column order. */
    public List<String> cells() {
        return Arrays.asList(event, article, date, cameoCode, cameoLabel, actor1, actor1Wikidata, actor2,
            actor2Wikidata, place, placeWikidata, String.valueOf(sentenceBegin), String.valueOf(sentenceEnd),
            String.format(java.util.Locale.ROOT, "%.2f", confidence), sourceText);
    }
}
