package org.diplomacykg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into blocks, sentences and tagged tokens. Thread-safe; build one and share it, since loading
 * the tagging model takes a few hundred milliseconds.
 */
public final class TextAnalyzer {
    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final BlockSplitter blockSplitter = new BlockSplitter();
    private final PosTagger tagger;

    private TextAnalyzer(Tokenizer tokenizer, PosTagger tagger) {
        this.tokenizer = tokenizer;
        this.tagger = tagger;
    }

    public static TextAnalyzer create() {
        return new TextAnalyzer(Tokens.tokenizer(), PosTagger.load());
    }

    /**
     * Analyses a text.
     *
     * @param text             the whole article text
     * @param firstLineIsTitle whether the first line is the headline
     */
    public AnalyzedText analyze(String text, boolean firstLineIsTitle) {
        List<Block> blocks = blockSplitter.split(text, firstLineIsTitle);
        List<Sentence> sentences = new ArrayList<>();
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block block = blocks.get(bi);
            List<Token> tokens = tokenizer.tokenize(text, block.begin(), block.end());
            for (int[] range : splitter.split(tokens)) {
                List<Token> sentenceTokens = tag(tokens.subList(range[0], range[1]));
                int begin = sentenceTokens.get(0).begin();
                int end = sentenceTokens.get(sentenceTokens.size() - 1).end();
                sentences.add(new Sentence(sentences.size(), begin, end, block.kind(), bi, sentenceTokens,
                    text.substring(begin, end)));
            }
        }
        return new AnalyzedText(text, blocks, sentences);
    }

    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen",
        "dozens");

    /** The tagger's rare but harmful slips on closed classes, corrected: "four" is a number, not a preposition. */
    private static String correct(Token t, String tag) {
        String w = t.lower();
        if (NUMBER_WORDS.contains(w) || !w.isEmpty() && Character.isDigit(w.charAt(0)) && !tag.equals("NUM")) {
            return "NUM";
        }
        if (tag.equals("ADP") && w.length() > 3 && !PREPOSITIONS.contains(w) && w.chars().allMatch(Character::isLetter)) {
            return "NOUN"; // "the Chinese deputy ambassador/ADP": prepositions are a closed class
        }
        if (tag.equals("SCONJ") && (w.equals("by") || w.equals("of") || w.equals("with"))) {
            return "ADP"; // "detained by/SCONJ Venezuelan authorities": these never open a clause
        }
        if (tag.equals("AUX") && !AUXILIARIES.contains(w.replace('’', '\''))) {
            // "President Muse/AUX Bihi Abdi": auxiliaries are a closed class, so another word is a name or a verb
            return t.isCapitalized() ? "PROPN" : "VERB";
        }
        if ((tag.equals("PRON") && !PRONOUNS.contains(w) || tag.equals("DET") && !DETERMINERS.contains(w))
            && t.isCapitalized() && w.chars().allMatch(Character::isLetter)) {
            return "PROPN"; // "Kurti/PRON accused Belgrade": a capitalised word outside a closed class is a name
        }
        if ((tag.equals("SCONJ") && !SUBORDINATORS.contains(w) && !PREPOSITIONS.contains(w)
            || tag.equals("CCONJ") && !CONJUNCTIONS.contains(w)) && w.length() > 2 && w.chars().allMatch(Character::isLetter)) {
            // "the crown prince/SCONJ hosted …", "who last hosted/CCONJ Mr. Aliyev"
            return t.isCapitalized() ? "PROPN" : w.endsWith("ed") || w.endsWith("ing") ? "VERB" : "NOUN";
        }
        return tag;
    }

    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("after", "although", "as", "because",
        "before", "if", "once", "since", "than", "that", "though", "till", "unless", "until", "when", "whenever",
        "where", "whereas", "wherever", "whether", "while", "whilst", "lest", "so", "for", "like", "provided",
        "providing", "given", "considering", "supposing", "how", "why", "what", "whatever", "whichever", "whoever",
        "even", "except", "but", "now", "upon", "about", "with", "without", "of", "by", "in", "on", "at");
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "or", "but", "nor", "yet", "so",
        "plus", "either", "neither", "both", "whether", "than", "minus", "versus", "vs", "and/or", "then", "only");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "me", "my", "mine", "myself", "you",
        "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it",
        "its", "itself", "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "who",
        "whom", "whose", "which", "what", "that", "this", "these", "those", "one", "ones", "someone", "somebody",
        "something", "anyone", "anybody", "anything", "everyone", "everybody", "everything", "nobody", "nothing",
        "none", "each", "both", "all", "either", "neither", "another", "other", "others", "some", "any", "many", "few",
        "several", "whoever", "whatever", "whichever", "there", "such", "much", "more", "most", "less", "least",
        "oneself", "y'all", "thee", "thou", "ye");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that", "these",
        "those", "my", "your", "his", "her", "its", "our", "their", "some", "any", "no", "every", "each", "either",
        "neither", "all", "both", "another", "other", "such", "what", "which", "whose", "much", "many", "few",
        "several", "enough", "half", "whatever", "whichever", "more", "most", "less", "least", "certain", "same");

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "am", "is", "are", "was", "were",
        "been", "being", "have", "has", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "ought", "need", "dare", "get", "gets", "got", "gotten", "getting", "'s", "'re",
        "'m", "'ve", "'d", "'ll", "wo", "ca", "sha", "s", "re", "ve", "d", "ll", "m", "used");

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("about", "above", "across", "after",
        "against", "along", "alongside", "amid", "amidst", "among", "amongst", "around", "atop", "because", "before",
        "behind", "below", "beneath", "beside", "besides", "between", "beyond", "concerning", "considering",
        "despite", "down", "during", "except", "excluding", "following", "from", "including", "inside", "into",
        "like", "minus", "near", "onto", "opposite", "outside", "over", "past", "pending", "plus", "regarding",
        "round", "save", "since", "than", "then", "through", "throughout", "till", "toward", "towards", "under",
        "underneath", "unlike", "until", "unto", "upon", "versus", "with", "within", "without", "whether", "while",
        "once", "unless", "although", "though", "whereas", "according", "ahead", "apart", "instead", "prior",
        "thanks", "next", "that", "when", "where", "what", "which", "whom", "whose");

    /**
     * Whether a word tagged as a verb sits inside a noun phrase: after a determiner or a possessive ("the
     * attack", "Blinken's visit", "their first structured meeting", "the BRICS summit"). Base forms are then
     * nouns and participles adjectives.
     */
    private static boolean inNounPhrase(String[] words, String[] tags, int i) {
        String prev = words[i - 1].toLowerCase(java.util.Locale.ROOT);
        if (prev.equals("to") && tags[i - 1].equals("ADP") && i > 1 && tags[i - 2].equals("ADJ") && isBaseForm(words[i])) {
            return true; // "open to/ADP dialogue": the tagger read "to" as a preposition, so what follows is a noun
        }
        if ((prev.equals("'s") || prev.equals("’s")) && i > 1 && tags[i - 2].equals("PROPN")) {
            return isBaseForm(words[i]);
        }
        boolean nextNominal = i + 1 < tags.length && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("ADJ"));
        if (tags[i - 1].equals("DET") && !prev.equals("that") || prev.equals("their") || prev.equals("its")) {
            // "the attack" (a noun); "all planned high-level contacts" (a participle used as an adjective)
            // "the growing/VERB activity of Chinese forces": a present participle between a determiner and a noun
            String w = words[i].toLowerCase(java.util.Locale.ROOT);
            return isBaseForm(words[i]) || w.endsWith("ed") && nextNominal
                || w.endsWith("ing") && i + 1 < tags.length && tags[i + 1].equals("NOUN");
        }
        if (words[i].toLowerCase(java.util.Locale.ROOT).endsWith("ing") && tags[i - 1].equals("VERB") && i + 1 < tags.length
            && tags[i + 1].equals("NOUN")) {
            return true; // "imposed sweeping sanctions", "launched punishing strikes"
        }
        if (tags[i - 1].equals("CCONJ") && i > 1 && (tags[i - 2].equals("NOUN") || tags[i - 2].equals("PROPN"))
            && nextNominal && EN_PARTICIPLES.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
            return true; // "imports of citrus fruit and frozen/VERB fish": a participle that is never a past tense
        }
        boolean prevModifier = tags[i - 1].equals("ADJ") || tags[i - 1].equals("NUM");
        if (!isBaseForm(words[i]) && words[i].toLowerCase(java.util.Locale.ROOT).endsWith("ed") && prevModifier
            && nextNominal) {
            return true; // "their first structured bilateral meeting"
        }
        if (isBaseForm(words[i]) && (tags[i - 1].equals("PROPN") || tags[i - 1].equals("NOUN"))) {
            // "the BRICS summit here": a determiner shortly before and no object after.
            boolean det = false;
            for (int k = i - 1; k >= Math.max(0, i - 3) && !det; k--) {
                det = tags[k].equals("DET");
            }
            boolean object = i + 1 < tags.length && (tags[i + 1].equals("DET") || tags[i + 1].equals("NOUN")
                || tags[i + 1].equals("PROPN") || tags[i + 1].equals("PRON"));
            return det && !object;
        }
        return false;
    }

    private static final java.util.Set<String> GERUND_PREPOSITIONS = java.util.Set.of("by", "after", "before",
        "without", "while", "since", "for", "from", "of");

    /** Nouns in -al that the tagger reads as adjectives ("the immediate withdrawal/ADJ of"). */
    private static final java.util.Set<String> AL_NOUNS = java.util.Set.of("withdrawal", "withdrawals", "approval",
        "removal", "arrival", "proposal", "proposals", "refusal", "renewal", "dismissal", "denial", "betrayal",
        "reversal", "referral", "rebuttal", "upheaval", "disavowal", "deferral", "reprisal", "reprisals", "recital");

    /** Simple past forms that are no noun or adjective, so that after a name or noun they are its verb. */
    private static final java.util.Set<String> PAST_FORMS = java.util.Set.of("withdrew", "flew", "drew", "threw", "grew",
        "knew", "took", "gave", "went", "came", "spoke", "broke", "began", "wrote", "rose", "sought", "fought",
        "brought", "bought", "caught", "taught", "thought", "told", "sold", "sent", "won", "struck", "swore", "froze",
        "chose", "stole", "forbade", "undertook", "overtook", "oversaw", "foresaw", "withheld", "upheld", "forgave",
        "shook", "stood", "understood", "met", "led", "held", "ran", "sang", "sank", "shot", "slew", "spent");

    /** Past participles that are never the simple past, so that before a noun they modify it. */
    private static final java.util.Set<String> EN_PARTICIPLES = java.util.Set.of("frozen", "stolen", "broken",
        "chosen", "hidden", "written", "given", "taken", "driven", "spoken", "beaten", "fallen", "forgotten",
        "shaken", "sworn", "torn", "worn", "proven", "seen", "known", "grown", "thrown", "drawn", "flown");

    private static final java.util.Set<String> ADVERBS = java.util.Set.of("also", "not", "still", "now", "already",
        "just", "never", "ever", "long", "far", "then", "there", "here", "again", "yet", "too", "very", "even", "so",
        "once", "always", "often", "soon", "back");

    /** Whether the run of names ending at {@code last} follows a determiner or an adjective: "the NATO allied …". */
    private static boolean modifiedName(String[] tags, int last) {
        int k = last;
        while (k >= 0 && tags[k].equals("PROPN")) {
            k--;
        }
        return k >= 0 && (tags[k].equals("DET") || tags[k].equals("ADJ"));
    }

    private static boolean isBaseForm(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        return !l.endsWith("ed") && !l.endsWith("ing") && !l.endsWith("en");
    }

    private List<Token> tag(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        String[] tags = tagger.tag(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String tag = correct(tokens.get(i), tags[i]);
            if (tag.equals("PRON") && i > 0 && words[i].equals("He") && i + 1 < words.length
                && Character.isUpperCase(words[i + 1].charAt(0)) && words[i + 1].chars().allMatch(Character::isLetter)
                && !tags[i - 1].equals("PUNCT") && !AUXILIARIES.contains(words[i + 1].toLowerCase(java.util.Locale.ROOT))) {
                // "talks with He Lifeng/VERB": a capitalised "He" inside a sentence, before a capitalised word, is a
                // family name, and the word is the given name
                tag = "PROPN";
                tags[i + 1] = "PROPN";
            }
            if (tag.equals("ADJ") && AL_NOUNS.contains(words[i].toLowerCase(java.util.Locale.ROOT))
                && (i + 1 >= words.length || !tags[i + 1].equals("NOUN"))) {
                tag = "NOUN"; // "the immediate withdrawal/ADJ of the ambassador": these -al words are nouns
            }
            String lw = words[i].toLowerCase(java.util.Locale.ROOT);
            if ((tag.equals("NOUN") || tag.equals("ADJ")) && i > 0 && lw.endsWith("ing") && lw.length() > 5
                && GERUND_PREPOSITIONS.contains(words[i - 1].toLowerCase(java.util.Locale.ROOT)) && i + 1 < words.length
                && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("DET") || tags[i + 1].equals("PROPN")
                    || tags[i + 1].equals("NUM") || tags[i + 1].equals("PRON"))) {
                tag = "VERB"; // "responded by halting/NOUN security exports": a gerund with its object
            }
            boolean past = i > 0 && PAST_FORMS.contains(words[i]) && (tags[i - 1].equals("PROPN")
                || tags[i - 1].equals("NOUN") || tags[i - 1].equals("PRON"));
            if (past && (tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("VERB"))) {
                tag = "VERB"; // "The United States withdrew/NOUN from the deal": a past tense that is never a noun
            } else if (tag.equals("VERB") && i > 0) {
                tag = inNounPhrase(words, tags, i) ? (isBaseForm(words[i]) ? "NOUN" : "ADJ") : tag;
            } else if (tag.equals("ADJ") && i > 0 && tags[i - 1].equals("PROPN") && i + 1 < words.length
                && words[i].toLowerCase(java.util.Locale.ROOT).endsWith("ed")
                && (tags[i + 1].equals("PROPN") || tags[i + 1].equals("DET") || tags[i + 1].equals("NUM")
                    || (tags[i + 1].equals("ADJ") || tags[i + 1].equals("NOUN")) && !modifiedName(tags, i - 1))) {
                // "Slovenia freed Artem Dultsev", "Washington and London unveiled fresh sanctions": a past tense
                // between a name and its object (but "the NATO allied forces" keeps its adjective)
                tag = "VERB";
            } else if (tag.equals("ADV") && i > 1 && (words[i - 1].equals("'s") || words[i - 1].equals("’s"))
                && tags[i - 2].equals("PROPN") && Character.isLowerCase(words[i].charAt(0))
                && !words[i].endsWith("ly") && !ADVERBS.contains(words[i])) {
                tag = "NOUN"; // "Argentina's ambassador/ADV": after a possessive name comes a noun
            }
            out.add(tokens.get(i).withPos(tag));
        }
        return out;
    }
}
