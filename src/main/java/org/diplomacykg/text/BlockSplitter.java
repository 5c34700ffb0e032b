package org.diplomacykg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits article text into blocks: the headline, headings, bullet items and paragraphs. A line break inside
 * a paragraph (hard-wrapped text) does not start a new block when the next line continues in lower case.
 */
final class BlockSplitter {
    private static final Set<String> MINOR_WORDS = Set.of(
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
        "is", "are", "was", "were", "be", "vs", "via", "into", "over", "amid", "after", "its", "their", "his", "her");

    private static final Pattern INNER_PUNCTUATION = Pattern.compile(".*[.!?;,\"”]\\S*\\s+\\S.*");
    private static final Pattern DECORATED = Pattern.compile("([=*~_-])\\1+\\s*\\S.{0,80}?\\s*\\1+|#{1,6}\\s+\\S.{0,80}");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /**
     * A wire dateline opening a paragraph: "VIENNA, June 9 - ", "MOSCOW, Feb 21 (Reuters) - ", "DAKAR/NIAMEY, Jan 28 -", "KAZAN (Russia),
     * Oct 23 (Special correspondent): ". It names where the story was filed, not who acted, so it is left out
     * of the paragraph's sentences.
     */
    private static final Pattern DATELINE = Pattern.compile(
        "^[A-Z][A-Z.'’/-]{2,}(?: [A-Z][A-Z.'’/-]+){0,4}(?: \\([^)]{1,40}\\))?,?"
            + "(?: (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2})?"
            + "(?: \\([^)]{1,40}\\))? ?[-–—:] +");

    List<Block> split(String text, boolean firstLineIsTitle) {
        List<Block> blocks = new ArrayList<>();
        int lineStart = 0;
        boolean titleDone = !firstLineIsTitle;
        int paraStart = -1;
        int paraEnd = -1;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int b = skipSpace(text, lineStart, lineEnd);
            int e = trimEnd(text, b, lineEnd);
            if (b < e) {
                String line = text.substring(b, e);
                int marker = bulletMarkerLength(line);
                if (!titleDone) {
                    blocks.add(new Block(b, e, BlockKind.TITLE));
                    titleDone = true;
                } else if (marker > 0) {
                    paraStart = flush(blocks, paraStart, paraEnd);
                    int bb = skipSpace(text, b + marker, e);
                    if (bb < e) {
                        blocks.add(new Block(bb, e, BlockKind.BULLET));
                    }
                } else if (isHeading(line)) {
                    paraStart = flush(blocks, paraStart, paraEnd);
                    blocks.add(new Block(b, e, BlockKind.HEADING));
                } else if (paraStart >= 0 && continuesParagraph(text.substring(paraStart, paraEnd), line)) {
                    paraEnd = e;
                } else {
                    paraStart = flush(blocks, paraStart, paraEnd);
                    Matcher dateline = DATELINE.matcher(line);
                    paraStart = b;
                    if (dateline.lookingAt() && dateline.end() < line.length()) {
                        int d = b + dateline.end();
                        while (d > b && !Character.isLetterOrDigit(text.charAt(d - 1)) && text.charAt(d - 1) != ')') {
                            d--;
                        }
                        blocks.add(new Block(b, d, BlockKind.DATELINE));
                        paraStart = b + dateline.end();
                    }
                    paraEnd = e;
                }
            } else {
                paraStart = flush(blocks, paraStart, paraEnd);
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        flush(blocks, paraStart, paraEnd);
        return blocks;
    }

    private static int flush(List<Block> blocks, int start, int end) {
        if (start >= 0) {
            blocks.add(new Block(start, end, BlockKind.PARAGRAPH));
        }
        return -1;
    }

    private static boolean continuesParagraph(String previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        boolean open = ".!?:;\"”’)".indexOf(last) < 0;
        return open && Character.isLowerCase(line.codePointAt(0));
    }

    static int bulletMarkerLength(String line) {
        char c = line.charAt(0);
        if ((c == '-' || c == '•' || c == '*' || c == '–' || c == '—' || c == '▪' || c == '·' || c == '◦')
            && line.length() > 1 && Character.isWhitespace(line.charAt(1))) {
            return 2;
        }
        int i = 0;
        while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i > 0 && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
            && Character.isWhitespace(line.charAt(i + 1))) {
            return i + 2;
        }
        return 0;
    }

    /**
     * A heading is short and written in title case or capitals. A trailing full stop is allowed, as some
     * outlets end headings with one, but a heading has no other sentence punctuation.
     */
    static boolean isHeading(String line) {
        if (DECORATED.matcher(line).matches()) {
            return true; // "==== WEDNESDAY, AUG. 3 ====", "## Reactions": marked as a heading by the writer
        }
        String[] words = line.split("\\s+");
        if (words.length > 20) {
            return false;
        }
        if (INNER_PUNCTUATION.matcher(line).matches()) {
            return false; // punctuation inside: a sentence, not a heading
        }
        boolean terminal = ".!?:;,\"”’)".indexOf(line.charAt(line.length() - 1)) >= 0;
        int content = 0;
        int capitalised = 0;
        for (String w : words) {
            String core = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            if (core.isEmpty() || MINOR_WORDS.contains(core.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(core.codePointAt(0)) || Character.isDigit(core.codePointAt(0))) {
                capitalised++;
            }
        }
        if (content == 0) {
            return false;
        }
        boolean titleCase = capitalised * 5 >= content * 4;
        // A heading ending in a full stop (some outlets write them so) must capitalise every content word,
        // verbs included: "Relations Worsened Due To Sanctions." but not "China and India met in Geneva."
        boolean headingWithStop = line.endsWith(".") && capitalised == content && words.length >= 5;
        return !terminal && (titleCase || words.length <= 8 && capitalised * 2 >= content) || headingWithStop;
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int b, int e) {
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
