package org.diplomacykg.text;

import java.util.List;

/** Tokenises phrases (dictionary entries, patterns) exactly as article text is tokenised, without tagging. */
public final class Tokens {
    private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.load());

    private Tokens() {}

    /** The token texts of a phrase: "US-Russian" → [US, -, Russian]; "Russia's" → [Russia, 's]. */
    public static List<String> words(String phrase) {
        return TOKENIZER.tokenize(phrase, 0, phrase.length()).stream().map(Token::text).toList();
    }

    static Tokenizer tokenizer() {
        return TOKENIZER;
    }
}
