package org.diplomacykg.text;

import java.util.List;

/**
 * An article's text cut into blocks and tagged sentences.
 *
 * @param text      the article text all offsets refer to
 * @param blocks    headline, headings, bullets and paragraphs in order
 * @param sentences sentences in order
 */
public record AnalyzedText(String text, List<Block> blocks, List<Sentence> sentences) {
    public AnalyzedText {
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
    }
}
