package org.diplomacykg.export;

import java.util.List;

/**
 * One row of the entity table; see {@link EntityTable#COLUMNS}. Empty strings for what is unknown.
 *
 * @param entity   the entity's IRI
 * @param label    its label (English preferred)
 * @param type     the local name of its diplomacy-ontology class: {@code Person}, {@code Country} …
 * @param wikidata its bare Wikidata QID ({@code Q159}), or empty
 * @param mentions how many NIF phrases of the articles refer to it ({@code itsrdf:taIdentRef})
 * @param articles how many article graphs have such a phrase
 */
public record EntityRow(String entity, String label, String type, String wikidata, long mentions, long articles) {

    /** The cells in column order. */
    public List<String> cells() {
        return List.of(entity, label, type, wikidata, String.valueOf(mentions), String.valueOf(articles));
    }
}
