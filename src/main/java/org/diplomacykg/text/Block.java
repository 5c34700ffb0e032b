package org.diplomacykg.text;

/**
 * A line or paragraph of the article with its kind; bullets exclude their marker.
 *
 * @param begin first char (inclusive)
 * @param end   last char (exclusive)
 * @param kind  what the line is
 */
public record Block(int begin, int end, BlockKind kind) {}
