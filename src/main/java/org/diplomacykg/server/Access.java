package org.diplomacykg.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may do what on a {@link DkgServer}.
 *
 * @param passwordFile the users who may write (SPARQL Update, Graph Store writes, article ingestion), in Jetty's
 *                     password file format, {@code user: password} per line (see {@link PasswordFile}); empty for
 *                     a read-only server, the default
 * @param allowService whether queries may call other endpoints with federated {@code SERVICE} (off by default:
 *                     a public endpoint must not fetch arbitrary URLs for anonymous clients)
 */
public record Access(Optional<Path> passwordFile, boolean allowService) {
    /** Read-only, no federated queries. */
    public static final Access READ_ONLY = new Access(Optional.empty(), false);

    public Access {
        Objects.requireNonNull(passwordFile, "passwordFile");
    }

    /** Writes allowed, under HTTP Basic authentication, for the users in {@code passwordFile}. */
    public Access withWriters(Path passwordFile) {
        return new Access(Optional.of(Objects.requireNonNull(passwordFile, "passwordFile")), allowService);
    }

    /** Federated SERVICE calls allowed or refused. */
    public Access withService(boolean allow) {
        return new Access(passwordFile, allow);
    }

    /** Whether the server accepts writes at all. */
    public boolean writable() {
        return passwordFile.isPresent();
    }
}
