package org.diplomacykg.text;

/** What kind of line of the article a sentence comes from. */
public enum BlockKind {
    TITLE, HEADING, BULLET, PARAGRAPH;

    /** Headlines and headings are telegraphic: they name entities but no entity is invented from them. */
    public boolean isHeadline() {
        return this == TITLE || this == HEADING;
    }
}
