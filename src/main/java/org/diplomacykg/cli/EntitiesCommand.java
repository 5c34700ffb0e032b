package org.diplomacykg.cli;

import java.util.concurrent.Callable;
import org.diplomacykg.export.EntityTable;
import org.diplomacykg.export.TableFormat;
import org.diplomacykg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg entities}: the entity table. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {"Print the entity table: one row per person, organisation, country, city or treaty the articles "
        + "mention, most mentioned first, with the header",
        "entity,label,type,wikidata,mentions,articles"})
final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "csv", description = "csv (RFC 4180), tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TableFormat f = TableFormat.parse(format);
        try (Store s = store.openExisting()) {
            f.write(EntityTable.COLUMNS, EntityTable.cells(EntityTable.entities(s)), Streams.out(spec));
        }
        return 0;
    }
}
