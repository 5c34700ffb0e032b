package org.diplomacykg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class TableFormatTest {
    private static final List<String> HEADER = List.of("code", "text", "note");
    private static final List<List<String>> ROWS = List.of(
        List.of("0841", "plain", "a,b"),
        List.of("163", "she said \"no\"", "two\nlines"),
        Arrays.asList("010", null, "tab\there\r\nand CRLF"));

    private static String write(TableFormat f, List<String> header, List<List<String>> rows) {
        StringWriter sw = new StringWriter();
        f.write(header, rows, new PrintWriter(sw));
        return sw.toString();
    }

    @Test
    void csvLineQuotesOnlyWhatNeedsIt() {
        assertThat(TableFormat.csvLine(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rx", "", null,
            "0841", " spaced ")))
            .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rx\",,,0841, spaced \r\n");
    }

    @Test
    void csvIsRfc4180() {
        String out = write(TableFormat.CSV, HEADER, ROWS);
        assertThat(out).startsWith("code,text,note\r\n").endsWith("\r\n");
        List<List<String>> records = Csv.parse(out);
        assertThat(records).hasSize(4);
        assertThat(records.get(0)).isEqualTo(HEADER);
        assertThat(records.get(1)).containsExactly("0841", "plain", "a,b");
        assertThat(records.get(2)).containsExactly("163", "she said \"no\"", "two\nlines");
        assertThat(records.get(3)).containsExactly("010", "", "tab\there\r\nand CRLF");
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(3));
    }

    @Test
    void tsvKeepsOneLinePerRow() {
        String out = write(TableFormat.TSV, HEADER, ROWS);
        assertThat(out.split("\n", -1)).containsExactly(
            "code\ttext\tnote",
            "0841\tplain\ta,b",
            "163\tshe said \"no\"\ttwo lines",
            "010\t\ttab here  and CRLF",
            "");
    }

    @Test
    void jsonIsAnArrayOfObjects() {
        String out = write(TableFormat.JSON, HEADER, ROWS);
        JsonArray a = JSON.parseAny(out).getAsArray();
        assertThat(a.size()).isEqualTo(3);
        JsonObject first = a.get(0).getAsObject();
        assertThat(first.keys()).containsExactlyInAnyOrderElementsOf(HEADER);
        assertThat(first.get("code").getAsString().value()).isEqualTo("0841");
        assertThat(a.get(1).getAsObject().get("text").getAsString().value()).isEqualTo("she said \"no\"");
        assertThat(a.get(1).getAsObject().get("note").getAsString().value()).isEqualTo("two\nlines");
        assertThat(a.get(2).getAsObject().get("text").isNull()).isTrue();
        assertThat(write(TableFormat.JSON, HEADER, List.of()).strip()).isEqualTo("[ ]");
    }

    @Test
    void emptyTablesKeepTheirHeader() {
        assertThat(write(TableFormat.CSV, HEADER, List.of())).isEqualTo("code,text,note\r\n");
        assertThat(write(TableFormat.TSV, HEADER, List.of())).isEqualTo("code\ttext\tnote\n");
    }

    @Test
    void parseNames() {
        assertThat(TableFormat.parse("csv")).isEqualTo(TableFormat.CSV);
        assertThat(TableFormat.parse("TSV")).isEqualTo(TableFormat.TSV);
        assertThat(TableFormat.parse("Json")).isEqualTo(TableFormat.JSON);
        assertThatThrownBy(() -> TableFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unknown table format 'xml' (expected csv, tsv or json)");
    }

    @Test
    void eventRowCellsAreInColumnOrderWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            EventRow r = new EventRow("e", "a", "2023-02", "0841", "Return, release person(s)", "Russia", "Q159",
                "", "", "Ankara", "Q3640", 12, 80, 0.5, "Russia released him.");
            List<String> cells = r.cells();
            assertThat(cells).hasSize(EventTable.COLUMNS.size()).containsExactly("e", "a", "2023-02", "0841",
                "Return, release person(s)", "Russia", "Q159", "", "", "Ankara", "Q3640", "12", "80", "0.50",
                "Russia released him.");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
