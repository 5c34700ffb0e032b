package org.diplomacykg.export;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** How a table is printed: RFC 4180 CSV, tab-separated values, or a JSON array of objects. */
public enum TableFormat {
    CSV, TSV, JSON;

    public static TableFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown table format '" + name + "' (expected csv, tsv or json)");
        }
    }

    /** Writes a header and rows; {@code null} cells are empty. */
    public void write(List<String> header, List<List<String>> rows, PrintWriter out) {
        switch (this) {
            case CSV -> {
                out.print(csvLine(header));
                rows.forEach(r -> out.print(csvLine(r)));
            }
            case TSV -> {
                out.print(String.join("\t", header) + "\n");
                for (List<String> r : rows) {
                    out.print(String.join("\t", r.stream().map(TableFormat::tsvCell).toList()) + "\n");
                }
            }
            case JSON -> {
                JsonArray array = new JsonArray();
                for (List<String> r : rows) {
                    JsonObject o = new JsonObject();
                    for (int i = 0; i < header.size(); i++) {
                        String v = r.get(i);
                        if (v == null) {
                            o.put(header.get(i), org.apache.jena.atlas.json.JsonNull.instance);
                        } else {
                            o.put(header.get(i), v);
                        }
                    }
                    array.add(o);
                }
                out.print(array.toString());
                out.print("\n");
            }
            default -> throw new IllegalStateException();
        }
        out.flush();
    }

    /** One RFC 4180 record: fields with a comma, quote or line break are quoted; CRLF ends the line. */
    static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.append("\r\n").toString();
    }

    private static String tsvCell(String c) {
        return c == null ? "" : c.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
