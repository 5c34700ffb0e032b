package org.diplomacykg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks, sentences and tokens of text written for these tests (not the seed's). */
class TextAnalyzerTest {
    /** Loading the tagging model takes a few hundred milliseconds: one analyzer for the class. */
    private static final TextAnalyzer ANALYZER = TextAnalyzer.create();

    private static List<String> sentences(String text) {
        return ANALYZER.analyze(text, false).sentences().stream().map(Sentence::text).toList();
    }

    private static List<String> words(String text) {
        return Tokens.words(text);
    }

    // ---- sentence splitting ----

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "The U.S. envoy met Mr. Lavrov and Gen. Milley on Jan. 12 in Vienna. "
            + "They discussed Resolution No. 2 and a memo by Dr. Jones et al. at length.";
        assertThat(sentences(text)).containsExactly(
            "The U.S. envoy met Mr. Lavrov and Gen. Milley on Jan. 12 in Vienna.",
            "They discussed Resolution No. 2 and a memo by Dr. Jones et al. at length.");
    }

    @Test
    void initialsDoNotEndSentences() {
        assertThat(sentences("A portrait of John F. Kennedy hangs in the hall. Visitors stop to look at it."))
            .containsExactly("A portrait of John F. Kennedy hangs in the hall.", "Visitors stop to look at it.");
    }

    @Test
    void abbreviationEndsSentenceBeforeATypicalOpener() {
        assertThat(sentences("The envoys landed in the U.S. The talks begin on Monday."))
            .containsExactly("The envoys landed in the U.S.", "The talks begin on Monday.");
    }

    @Test
    void beforeNumberAbbreviationIsAWordOtherwise() {
        // "No." is an abbreviation only before a number: "said no." ends the sentence.
        assertThat(words("gate No. 2")).containsExactly("gate", "No.", "2");
        assertThat(words("she said no.")).containsExactly("she", "said", "no", ".");
        assertThat(sentences("The minister said no. Talks will resume in March."))
            .containsExactly("The minister said no.", "Talks will resume in March.");
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertThat(sentences("Will the ceasefire hold? Nobody knows! Diplomats are cautious."))
            .containsExactly("Will the ceasefire hold?", "Nobody knows!", "Diplomats are cautious.");
    }

    @Test
    void closingQuoteStaysWithTheSentenceItCloses() {
        String text = "The minister said: “We will not retreat. We will hold the line.” The envoy then left. "
            + "\"It was a long night,\" an aide said. \"Nothing moved.\" Talks resume today.";
        List<String> s = sentences(text);
        assertThat(s).containsExactly(
            "The minister said: “We will not retreat.",
            "We will hold the line.”",
            "The envoy then left.",
            "\"It was a long night,\" an aide said.",
            "\"Nothing moved.\"",
            "Talks resume today.");
        assertThat(s).noneMatch(x -> x.startsWith("”"));
    }

    @Test
    void bulletsAndHeadingsGetTheirOwnSentencesAndKinds() {
        String text = String.join("\n",
            "Ministers Agree Grain Corridor Terms",
            "Turkey hosted the talks in Istanbul. Both delegations signed the text.",
            "",
            "Key Points",
            "- a corridor for grain ships",
            "• inspections in Istanbul",
            "1. a joint coordination centre",
            "2) a review after 120 days",
            "What Comes Next",
            "The deal runs for four months.");
        AnalyzedText at = ANALYZER.analyze(text, true);
        List<Sentence> s = at.sentences();
        assertThat(s).extracting(Sentence::text).containsExactly(
            "Ministers Agree Grain Corridor Terms",
            "Turkey hosted the talks in Istanbul.",
            "Both delegations signed the text.",
            "Key Points",
            "a corridor for grain ships",
            "inspections in Istanbul",
            "a joint coordination centre",
            "a review after 120 days",
            "What Comes Next",
            "The deal runs for four months.");
        assertThat(s).extracting(Sentence::kind).containsExactly(
            BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING,
            BlockKind.BULLET, BlockKind.BULLET, BlockKind.BULLET, BlockKind.BULLET,
            BlockKind.HEADING, BlockKind.PARAGRAPH);
        // Bullet blocks exclude their marker; both paragraph sentences share one block.
        assertThat(s.get(1).block()).isEqualTo(s.get(2).block());
        assertThat(at.blocks()).hasSize(9);
        for (Block b : at.blocks()) {
            assertThat(text.substring(b.begin(), b.end())).doesNotStartWith("-").doesNotStartWith("•")
                .doesNotStartWith("1.").doesNotStartWith("2)").isEqualTo(text.substring(b.begin(), b.end()).strip());
        }
        assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(BlockKind.TITLE.isHeadline()).isTrue();
        assertThat(BlockKind.HEADING.isHeadline()).isTrue();
        assertThat(BlockKind.BULLET.isHeadline()).isFalse();
    }

    @Test
    void firstLineIsAParagraphUnlessDeclaredTheTitle() {
        String text = "Envoys meet in Geneva on Tuesday.\nThey talk for hours.";
        assertThat(ANALYZER.analyze(text, false).sentences()).extracting(Sentence::kind)
            .containsOnly(BlockKind.PARAGRAPH);
        assertThat(ANALYZER.analyze(text, true).sentences().get(0).kind()).isEqualTo(BlockKind.TITLE);
    }

    @Test
    void hardWrappedParagraphIsOneBlock() {
        String text = "Officials from both countries met in the capital\nand agreed to keep talking.\n\nA second paragraph.";
        AnalyzedText at = ANALYZER.analyze(text, false);
        assertThat(at.blocks()).hasSize(2);
        assertThat(at.sentences()).extracting(Sentence::text).containsExactly(
            "Officials from both countries met in the capital\nand agreed to keep talking.", "A second paragraph.");
    }

    // ---- tokens ----

    @Test
    void aDatelineWithTwoCitiesIsADateline() {
        AnalyzedText at = ANALYZER.analyze("Headline\n\nLIMA/SANTIAGO, Nov 16 (Wire-style) - Peru and Chile signed a deal.", true);
        assertThat(at.sentences()).extracting(Sentence::kind).contains(BlockKind.DATELINE);
        assertThat(at.sentences()).extracting(Sentence::text).contains("Peru and Chile signed a deal.");
    }

    @Test
    void aPastTenseThatIsNeverANounStaysAVerb() {
        List<Token> tokens = ANALYZER.analyze("The United States withdrew from the deal.", false).sentences().get(0).tokens();
        assertThat(tokens).filteredOn(t -> t.text().equals("withdrew")).extracting(Token::pos).containsExactly("VERB");
    }

    @Test
    void possessivesAndContractionsSplit() {
        assertThat(words("Russia's economy")).containsExactly("Russia", "'s", "economy");
        assertThat(words("Russia’s economy")).containsExactly("Russia", "’s", "economy");
        assertThat(words("they haven't met")).containsExactly("they", "have", "n't", "met");
        assertThat(words("they haven’t met")).containsExactly("they", "have", "n’t", "met");
        assertThat(words("O'Brien arrived")).containsExactly("O'Brien", "arrived");
        assertThat(words("Lan Fo'an's remarks")).containsExactly("Lan", "Fo'an", "'s", "remarks");
        assertThat(words("Iraq's Ba’ath party")).containsExactly("Iraq", "'s", "Ba’ath", "party");
    }

    @Test
    void hyphenatedCompoundsSplit() {
        assertThat(words("US-Russian relations")).containsExactly("US", "-", "Russian", "relations");
        assertThat(words("Sino-Indian border")).containsExactly("Sino", "-", "Indian", "border");
    }

    @Test
    void abbreviationsNumbersAndInitialsAreOneToken() {
        assertThat(words("the U.S. and U.K. envoys")).containsExactly("the", "U.S.", "and", "U.K.", "envoys");
        assertThat(words("Gen. Milley and John F. Kennedy")).containsExactly("Gen.", "Milley", "and", "John", "F.",
            "Kennedy");
        assertThat(words("$1,000 and 3.5 percent")).containsExactly("$", "1,000", "and", "3.5", "percent");
        assertThat(words("wait...")).containsExactly("wait", "...");
    }

    @Test
    void tokenAndSentenceOffsetsMatchTheText() {
        String text = String.join("\n",
            "Kyiv And Moscow Trade Barbs",
            "🇺🇦 KYIV, Feb. 3 — Russia’s envoy didn’t attend the U.S.-hosted talks; Mr. O'Neill said “no comment.”",
            "- Washington’s $1,000,000 pledge (announced Jan. 5) stands",
            "The Élysée said: \"We're watching.\" It gave no details...",
            "3. a 2.5% rise in US-Russian trade, per No. 10");
        AnalyzedText at = ANALYZER.analyze(text, true);
        assertThat(at.text()).isSameAs(text);
        int tokens = 0;
        int lastEnd = 0;
        for (Sentence s : at.sentences()) {
            assertThat(text.substring(s.begin(), s.end())).isEqualTo(s.text());
            assertThat(s.begin()).isGreaterThanOrEqualTo(lastEnd);
            lastEnd = s.end();
            assertThat(s.tokens()).isNotEmpty();
            assertThat(s.token(0).begin()).isEqualTo(s.begin());
            assertThat(s.token(s.size() - 1).end()).isEqualTo(s.end());
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.begin(), t.end())).as("token %s", t).isEqualTo(t.text());
                assertThat(t.pos()).as("tag of %s", t).isNotEqualTo("X").isNotBlank();
                tokens++;
            }
        }
        assertThat(tokens).isGreaterThan(60);
        // Every non-space character is inside some token.
        long covered = at.sentences().stream().flatMap(s -> s.tokens().stream())
            .mapToInt(t -> t.end() - t.begin()).sum();
        long nonSpace = text.chars().filter(c -> !Character.isWhitespace(c)).count();
        assertThat(covered).isEqualTo(nonSpace - markerChars(text));
    }

    /** Characters of bullet markers, which belong to no block. */
    private static long markerChars(String text) {
        return text.lines().mapToInt(l -> BlockSplitter.bulletMarkerLength(l) == 0 ? 0
            : (int) l.substring(0, BlockSplitter.bulletMarkerLength(l)).chars().filter(c -> !Character.isWhitespace(c))
                .count()).sum();
    }

    @Test
    void supplementaryCharactersAreSingleTokens() {
        List<Token> t = Tokens.tokenizer().tokenize("🇺🇦 Kyiv", 0, "🇺🇦 Kyiv".length());
        assertThat(t).extracting(Token::text).containsExactly("🇺", "🇦", "Kyiv");
        assertThat(t.get(2).begin()).isEqualTo(5);
    }

    @Test
    void partOfSpeechTagsAreUniversalDependencies() {
        Sentence s = ANALYZER.analyze("Russia expelled two British diplomats on Friday.", false).sentences().get(0);
        assertThat(s.tokens()).extracting(Token::text)
            .containsExactly("Russia", "expelled", "two", "British", "diplomats", "on", "Friday", ".");
        assertThat(s.token(0).pos()).isEqualTo("PROPN");
        assertThat(s.token(1).pos()).isEqualTo("VERB");
        assertThat(s.token(7).pos()).isEqualTo("PUNCT");
    }
}
