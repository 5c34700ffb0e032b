package org.diplomacykg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.diplomacykg.text.Token;

/**
 * A token trie over every surface form in the gazetteer, built once: a look-up walks the tokens from a
 * position and returns the longest form that ends there, so matching a sentence is linear in its length
 * times the longest form (a few tokens). Forms match case-sensitively ("US" is not "us"); a form written in
 * capitals in a headline ("RUSSIA") also matches.
 */
final class NameIndex {
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<NameMatch.Candidate> entries = new ArrayList<>(1);
    }

    private final Node root = new Node();

    void add(List<String> words, Entity entity, NameForm form) {
        if (words.isEmpty()) {
            return;
        }
        // News often drops diacritics ("Erdogan", "Zelenskiy"): the folded form names the same entity.
        List<String> folded = words.stream().map(NameIndex::fold).toList();
        if (!folded.equals(words)) {
            insert(folded, entity, form);
        }
        insert(words, entity, form);
    }

    private static String fold(String w) {
        return MARKS.matcher(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD)).replaceAll("")
            .replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
            .replace('\u2019', '\'').replace('\u02BC', '\'');
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private void insert(List<String> words, Entity entity, NameForm form) {
        Node n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(w, k -> new Node());
        }
        for (NameMatch.Candidate c : n.entries) {
            if (c.entity().iri().equals(entity.iri())) {
                return;
            }
        }
        n.entries.add(new NameMatch.Candidate(entity, form));
    }

    /** The longest form starting at token {@code start}, if any. */
    Optional<NameMatch> longestAt(List<Token> tokens, int start) {
        Node n = root;
        int bestEnd = -1;
        List<NameMatch.Candidate> best = null;
        for (int i = start; i < tokens.size(); i++) {
            Node next = n.next.get(tokens.get(i).text());
            if (next == null) {
                next = n.next.get(capitalsToTitle(tokens.get(i).text()));
            }
            if (next == null) {
                // "Iran’s Foreign Ministry" with a typographic apostrophe names "Iran's Foreign Ministry".
                next = n.next.get(fold(tokens.get(i).text()));
            }
            if (next == null && i > start && !tokens.get(i).text().isEmpty()
                && Character.isLowerCase(tokens.get(i).text().charAt(0))) {
                // "the Iranian foreign ministry": news lower-cases the common-noun words of an institution's name
                String w = tokens.get(i).text();
                next = n.next.get(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
            if (next == null) {
                break;
            }
            n = next;
            if (!n.entries.isEmpty()) {
                bestEnd = i + 1;
                best = n.entries;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new NameMatch(start, bestEnd, best));
    }

    /** "RUSSIA" → "Russia"; other words unchanged (so acronyms such as "NATO" still match as written). */
    private static String capitalsToTitle(String w) {
        if (w.length() < 4 || !w.equals(w.toUpperCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }
}
