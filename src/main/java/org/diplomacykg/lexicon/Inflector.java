package org.diplomacykg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English inflections of pattern lemmas: verbs get -s, -ed and -ing forms (both spellings where a final
 * consonant may double, "canceled"/"cancelled"), irregular verbs their listed forms, nouns their plural.
 * Generating forms from lemmas is exact for a closed pattern vocabulary, where a statistical lemmatiser
 * would guess ("expelled" → "expelle").
 */
final class Inflector {
    private final Map<String, List<String>> irregular;

    private Inflector(Map<String, List<String>> irregular) {
        this.irregular = irregular;
    }

    static Inflector load() {
        Map<String, List<String>> m = new HashMap<>();
        String res = Gazetteer.BUILT_IN.replace("gazetteer", "patterns") + "/irregular-verbs.tsv";
        try (InputStream in = Inflector.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new LexiconException(res + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new LexiconException(res + ": expected 'base<TAB>past<TAB>participle', got '" + line + "'");
                }
                Set<String> forms = new LinkedHashSet<>();
                forms.addAll(List.of(f[1].split(",")));
                forms.addAll(List.of(f[2].split(",")));
                m.put(f[0], List.copyOf(forms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Inflector(Map.copyOf(m));
    }

    /** The past and participle forms of the irregular verbs: "met", "held", "struck". */
    Set<String> irregularPastForms() {
        Set<String> out = new LinkedHashSet<>();
        irregular.values().forEach(out::addAll);
        return out;
    }

    /** Every form of a verb lemma, the lemma first. */
    Set<String> verbForms(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        forms.add(thirdPerson(lemma));
        List<String> irr = irregular.get(lemma);
        if (lemma.equals("be")) {
            forms.remove("bes");
            forms.addAll(List.of("is", "are", "am", "'s", "’s"));
        }
        if (irr != null) {
            forms.addAll(irr);
            if (lemma.endsWith("e") && !lemma.endsWith("ee")) {
                forms.add(lemma.substring(0, lemma.length() - 1) + "ing");
            } else {
                forms.add(lemma + "ing");
            }
            if (doubles(lemma)) {
                forms.add(lemma + lemma.charAt(lemma.length() - 1) + "ing");
            }
            return forms;
        }
        if (lemma.endsWith("e")) {
            forms.add(lemma + "d");
            forms.add(lemma.endsWith("ee") ? lemma + "ing" : lemma.substring(0, lemma.length() - 1) + "ing");
        } else if (lemma.endsWith("y") && lemma.length() > 2 && !isVowel(lemma.charAt(lemma.length() - 2))) {
            forms.add(lemma.substring(0, lemma.length() - 1) + "ied");
            forms.add(lemma + "ing");
        } else {
            forms.add(lemma + "ed");
            forms.add(lemma + "ing");
            if (doubles(lemma)) {
                char c = lemma.charAt(lemma.length() - 1);
                forms.add(lemma + c + "ed");
                forms.add(lemma + c + "ing");
            }
        }
        return forms;
    }

    /** A noun lemma and its plural. */
    Set<String> nounForms(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        if (lemma.endsWith("s") && !lemma.endsWith("ss")) {
            return forms; // already plural ("talks", "consultations")
        }
        forms.add(thirdPerson(lemma));
        return forms;
    }

    private static String thirdPerson(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (w.endsWith("y") && w.length() > 2 && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    /** Consonant-vowel-consonant endings may double: "expel" → "expelled", "ban" → "banned". */
    private static boolean doubles(String w) {
        int n = w.length();
        if (n < 3) {
            return false;
        }
        char c = w.charAt(n - 1);
        return !isVowel(c) && c != 'w' && c != 'x' && c != 'y' && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
