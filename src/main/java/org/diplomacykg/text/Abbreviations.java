package org.diplomacykg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The abbreviations whose period is not a full stop, loaded from {@code abbreviations.txt}. */
final class Abbreviations {
    enum Kind { ALWAYS, BEFORE_NUMBER }

    private final Map<String, Kind> entries;

    private Abbreviations(Map<String, Kind> entries) {
        this.entries = Map.copyOf(entries);
    }

    static Abbreviations load() {
        Map<String, Kind> m = new HashMap<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                m.put(parts[0], parts.length > 1 && parts[1].equals("before-number") ? Kind.BEFORE_NUMBER : Kind.ALWAYS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Abbreviations(m);
    }

    /** The kind of abbreviation {@code wordWithPeriod} is, or {@code null}. */
    Kind kind(String wordWithPeriod) {
        return entries.get(wordWithPeriod);
    }
}
