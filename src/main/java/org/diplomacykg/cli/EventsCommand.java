package org.diplomacykg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.diplomacykg.export.EventRow;
import org.diplomacykg.export.EventTable;
import org.diplomacykg.export.TableFormat;
import org.diplomacykg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg events}: the event table. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Print the event table: one row per event (or per mention with --mentions), with the header",
        "event,article,date,cameo_code,cameo_label,actor1,actor1_wikidata,actor2,actor2_wikidata,place,"
            + "place_wikidata,sentence_begin,sentence_end,confidence,source_text"})
final class EventsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "csv", description = "csv (RFC 4180), tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--mentions", description = "One row per mention instead of one per event.")
    boolean mentions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TableFormat f = TableFormat.parse(format);
        try (Store s = store.openExisting()) {
            List<EventRow> rows = mentions ? EventTable.mentions(s) : EventTable.events(s);
            f.write(EventTable.COLUMNS, EventTable.cells(rows), Streams.out(spec));
        }
        return 0;
    }
}
