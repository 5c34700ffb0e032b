package org.diplomacykg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the linker compares names: normalisation (case, accents, punctuation, a leading "the", a trailing
 * "(qualifier)") and a data-driven table of spelling variants ({@code name-variants.tsv}: Kyiv/Kiev,
 * Sergei/Sergey/Serhiy, Dmitry/Dmitri, Zelensky/Zelenskyy …). Immutable and thread-safe.
 */
public final class Names {
    private static final String VARIANTS = "/org/diplomacykg/link/name-variants.tsv";
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static volatile Names builtIn;

    private final Map<String, String> canonical;
    private final Map<String, List<String>> groups;

    private Names(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
        Map<String, List<String>> g = new HashMap<>();
        canonical.forEach((w, c) -> g.computeIfAbsent(c, k -> new ArrayList<>()).add(w));
        g.replaceAll((c, l) -> l.stream().sorted().toList());
        this.groups = Map.copyOf(g);
    }

    /** The built-in variant table. */
    public static Names builtIn() {
        Names n = builtIn;
        if (n == null) {
            try (InputStream in = Names.class.getResourceAsStream(VARIANTS)) {
                n = parse(new String(Objects.requireNonNull(in, VARIANTS).readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(VARIANTS + ": cannot read the variant table", e);
            }
            builtIn = n;
        }
        return n;
    }

    /**
     * A variant table from text: one group of equivalent words per line (tabs or spaces between them), the
     * first being the canonical form; {@code #} starts a comment line.
     */
    public static Names parse(String table) {
        Map<String, String> canonical = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(table))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                List<String> words = Arrays.stream(s.split("\\s+")).map(Names::normalize).toList();
                for (String w : words) {
                    if (w.isEmpty() || w.contains(" ")) {
                        throw new IllegalArgumentException("variant table line " + n + ": '" + w + "' is not one word");
                    }
                    String before = canonical.putIfAbsent(w, words.get(0));
                    if (before != null && !before.equals(words.get(0))) {
                        throw new IllegalArgumentException("variant table line " + n + ": '" + w + "' is already in the group of '"
                            + before + "'");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Names(canonical);
    }

    /**
     * A name reduced for comparison: "The Élysée" → "elysee", "Washington, D.C." → "washington dc",
     * "Georgia (country)" → "georgia", "Quai d'Orsay" → "quai dorsay".
     */
    public static String normalize(String name) {
        String s = name.strip().replaceAll("\\s*\\([^()]*\\)\\s*$", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT)
            .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
            .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i")
            .replaceAll("['’`ʼ.]", "")
            .replace("&", " and ")
            .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
            .strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** The words of a normalised name. */
    static List<String> words(String normalized) {
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /** A normalised name with every word replaced by its canonical variant: "kiev" → "kyiv". */
    public String canonical(String normalized) {
        List<String> out = new ArrayList<>();
        for (String w : words(normalized)) {
            out.add(canonical.getOrDefault(w, w));
        }
        return String.join(" ", out);
    }

    /** The canonical words of a name without initials and suffixes: "William J. Burns Jr." → [william, burns]. */
    List<String> coreWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : words(canonical(normalize(name)))) {
            if (w.length() > 1 && !SUFFIXES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The keys under which a name is looked up: its canonical form, and the same without initials. */
    Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String c = canonical(normalize(name));
        if (!c.isEmpty()) {
            keys.add(c);
        }
        List<String> core = coreWords(name);
        if (!core.isEmpty()) {
            keys.add(String.join(" ", core));
        }
        return keys;
    }

    /**
     * Surface spellings of a name with each word swapped for its variants ("Sergei Naryshkin" → "Sergey
     * Naryshkin", "Serhiy Naryshkin" …), for sources that can only match names exactly. At most
     * {@code limit} forms, the name itself first.
     */
    public List<String> spellings(String name, int limit) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        String[] tokens = name.strip().split("\\s+");
        List<List<String>> options = new ArrayList<>();
        for (String t : tokens) {
            String c = canonical.get(normalize(t));
            List<String> alternatives = new ArrayList<>();
            alternatives.add(t);
            if (c != null && normalize(t).equals(t.toLowerCase(Locale.ROOT))) {
                for (String v : groups.get(c)) {
                    alternatives.add(capitalised(v, t));
                }
            }
            options.add(alternatives);
        }
        expand(options, 0, new ArrayList<>(), out, limit);
        return List.copyOf(out);
    }

    private static void expand(List<List<String>> options, int i, List<String> prefix, Set<String> out, int limit) {
        if (out.size() >= limit) {
            return;
        }
        if (i == options.size()) {
            out.add(String.join(" ", prefix));
            return;
        }
        for (String o : new LinkedHashSet<>(options.get(i))) {
            prefix.add(o);
            expand(options, i + 1, prefix, out, limit);
            prefix.remove(prefix.size() - 1);
        }
    }

    private static String capitalised(String word, String like) {
        return Character.isUpperCase(like.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    /**
     * How well two names agree, best level first: equal after normalisation, equal after variants, same given
     * and family name (initials, middle names and patronymics ignored; only if {@code personal}), one a single
     * word of the other, or not at all.
     */
    public NameMatch compare(String ours, String theirs, boolean personal) {
        String a = normalize(ours);
        String b = normalize(theirs);
        if (a.isEmpty() || b.isEmpty()) {
            return new NameMatch(NameMatch.Level.NONE, ours, theirs);
        }
        if (a.equals(b)) {
            return new NameMatch(NameMatch.Level.EXACT, ours, theirs);
        }
        if (canonical(a).equals(canonical(b))) {
            return new NameMatch(NameMatch.Level.VARIANT, ours, theirs);
        }
        List<String> x = coreWords(ours);
        List<String> y = coreWords(theirs);
        if (personal && x.size() >= 2 && y.size() >= 2 && x.get(0).equals(y.get(0))
            && x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
            return new NameMatch(NameMatch.Level.GIVEN_AND_FAMILY, ours, theirs);
        }
        if ((x.size() == 1 && y.size() >= 2 && y.contains(x.get(0))) || (y.size() == 1 && x.size() >= 2 && x.contains(y.get(0)))) {
            return new NameMatch(NameMatch.Level.PARTIAL, ours, theirs);
        }
        return new NameMatch(NameMatch.Level.NONE, ours, theirs);
    }
}
