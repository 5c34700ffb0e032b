package org.diplomacykg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.store.Store;
import org.diplomacykg.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that uses a store. */
final class StoreOptions {
    static final String DEFAULT_DB = "data/tdb2";

    @Option(names = "--db", paramLabel = "DIR", defaultValue = DEFAULT_DB,
        description = "TDB2 database folder (default: ${DEFAULT-VALUE}).")
    Path db;

    /** Opens the store, creating it if needed. */
    Store open() {
        return Store.tdb2(db);
    }

    /** Opens a store that must already exist: reading commands do not create empty databases. */
    Store openExisting() {
        if (!Files.isDirectory(db)) {
            throw new StoreException(db + ": no database here (create one with: dkg ingest --db " + db + " FILE)");
        }
        return Store.tdb2(db);
    }
}
