package org.diplomacykg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A user name and password for HTTP Basic authentication to a remote store. {@link #toString()} never shows
 * the password.
 */
public record Credentials(String user, String password) {
    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isEmpty() || user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a user name must be non-empty and without ':'");
        }
    }

    /**
     * The user with the password read from a file: its first line, without the line end (so that the password
     * stays out of the command line, the shell history and the process list).
     */
    public static Credentials fromFile(String user, Path passwordFile) {
        String text;
        try {
            text = Files.readString(passwordFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(passwordFile + ": cannot read the password file: " + e.getMessage(), e);
        }
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            throw new StoreException(passwordFile + ": the password file's first line is empty");
        }
        return new Credentials(user, line);
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
