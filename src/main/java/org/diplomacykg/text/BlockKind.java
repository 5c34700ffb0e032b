package org.diplomacykg.text;

/** What kind of line of the article a sentence comes from. */
public enum BlockKind {
    TITLE, HEADING, BULLET, PARAGRAPH,
    /** A wire dateline opening a paragraph ("VIENNA, June 9 -"): where the story was filed. */
    DATELINE;

    /**
     * Headlines, headings and datelines are telegraphic: they name entities, but no event is read from them
     * and no entity is invented from them.
     */
    public boolean isHeadline() {
        return this == TITLE || this == HEADING || this == DATELINE;
    }
}
