package org.diplomacykg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The linker's tab-separated resource files: {@code #} comment lines, blank lines skipped. */
final class Tsv {
    private Tsv() {}

    /** The rows of a classpath resource, each split on tabs into exactly {@code columns} cells. */
    static List<List<String>> read(String resource, int columns) {
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            String text = new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (String line : text.split("\n", -1)) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + " line " + n + ": expected " + columns + " tab-separated cells, got "
                        + cells.length);
                }
                List<String> row = new ArrayList<>();
                for (String c : cells) {
                    row.add(c.strip());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read", e);
        }
    }
}
