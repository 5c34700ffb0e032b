package org.diplomacykg.eval;

/**
 * One event of a gold file ({@code NNN-slug.gold.tsv}).
 *
 * @param cameo          CAMEO code with leading zeros
 * @param actor1         source actor's name
 * @param actor1Wikidata its QID, or empty
 * @param actor2         target actor's name, or empty
 * @param actor2Wikidata its QID, or empty
 * @param date           ISO date at the text's precision, or empty
 * @param place          place name, or empty
 * @param evidence       words of the sentence that reports it
 */
public record GoldEvent(String cameo, String actor1, String actor1Wikidata, String actor2, String actor2Wikidata,
                        String date, String place, String evidence) {

    public String root() {
        return cameo.substring(0, 2);
    }
}
