package org.diplomacykg.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.diplomacykg.store.Credentials;
import org.diplomacykg.store.Store;
import org.diplomacykg.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The store options shared by every command that uses a store: a local TDB2 folder ({@code --db}) or a remote
 * SPARQL endpoint ({@code --endpoint}, with {@code --user} and {@code --password-file} for writes).
 */
final class StoreOptions {
    static final String DEFAULT_DB = "data/tdb2";

    @Option(names = "--db", paramLabel = "DIR", defaultValue = DEFAULT_DB,
        description = "TDB2 database folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "Use the store behind this SPARQL endpoint instead of a local folder: a dkg serve or Fuseki "
            + "dataset such as http://127.0.0.1:3030/diplomacy (or its /sparql endpoint).")
    String endpoint;

    @Option(names = "--user", paramLabel = "NAME", description = "With --endpoint: HTTP Basic user name.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
        description = "With --endpoint: a file whose first line is the user's password.")
    Path passwordFile;

    /** Opens the store, creating a local one if needed. */
    Store open() {
        return endpoint != null ? remote() : Store.tdb2(checkedDb());
    }

    /** Opens a store that must already exist: reading commands do not create empty databases. */
    Store openExisting() {
        if (endpoint != null) {
            return remote();
        }
        Path d = checkedDb();
        if (!Files.isDirectory(d)) {
            throw new StoreException(d + ": no database here (create one with: dkg ingest --db " + d + " FILE)");
        }
        return Store.tdb2(d);
    }

    /** Where the store is, for messages: the folder or the endpoint. */
    String where() {
        return endpoint != null ? endpoint : String.valueOf(db);
    }

    private Path checkedDb() {
        if (user != null || passwordFile != null) {
            throw new IllegalArgumentException("--user and --password-file go with --endpoint");
        }
        return db;
    }

    private Store remote() {
        if (db != null && !db.equals(Path.of(DEFAULT_DB))) {
            throw new IllegalArgumentException("give either --db or --endpoint, not both");
        }
        if ((user == null) != (passwordFile == null)) {
            throw new IllegalArgumentException("--user and --password-file go together");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--endpoint: not a URL: " + endpoint);
        }
        Optional<Credentials> credentials = user == null ? Optional.empty()
            : Optional.of(Credentials.fromFile(user, passwordFile));
        return Store.remote(uri, credentials);
    }
}
