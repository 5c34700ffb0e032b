package org.diplomacykg.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;
import org.diplomacykg.DkgException;

/**
 * The users who may write to a {@link DkgServer}, read from a password file in the format of Jetty's
 * {@code PropertyUserStore} (which Fuseki's {@code --passwd} also reads): one user per line,
 *
 * <pre>
 * # comment
 * alice: PBKDF2:210000:c2FsdHNhbHQ:9Lx…     (recommended: made by "dkg password")
 * bob: MD5:5f4dcc3b5aa765d61d8327deb882cf99   (Jetty's unsalted MD5: weak)
 * carol: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v   (obfuscated, not hashed: as good as plain text)
 * dave: plain-text-password                     (plain text: only for tests)
 * </pre>
 *
 * A password may be followed by {@code , role…}, which is ignored: every user listed may write. Passwords are
 * never logged or echoed in messages.
 */
public final class PasswordFile {
    private final Path file;
    private final UserStore store;
    private final Set<String> users;

    private PasswordFile(Path file, UserStore store, Set<String> users) {
        this.file = file;
        this.store = store;
        this.users = users;
    }

    /** Reads a password file; fails, naming the file and line but never a password, if it is unusable. */
    public static PasswordFile load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new DkgException(file + ": cannot read the password file: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new DkgException(file + ": not a password file (expected 'user: password' lines)", e);
        }
        UserStore store = new UserStore();
        Set<String> users = new TreeSet<>();
        List<String> empty = new ArrayList<>();
        for (String user : p.stringPropertyNames()) {
            String value = p.getProperty(user).strip();
            int comma = value.indexOf(',');
            String credential = (comma < 0 ? value : value.substring(0, comma)).strip();
            if (user.isBlank() || credential.isEmpty()) {
                empty.add(user);
                continue;
            }
            Credential c;
            try {
                c = Credential.getCredential(credential);
            } catch (RuntimeException e) {
                // The message names the user, never the password.
                throw new DkgException(file + ": user " + user + ": unreadable password entry", e);
            }
            store.addUser(user, c, new String[0]);
            users.add(user);
        }
        if (!empty.isEmpty()) {
            throw new DkgException(file + ": no password for user(s) " + empty + " (expected 'user: password' lines)");
        }
        if (users.isEmpty()) {
            throw new DkgException(file + ": no users (expected 'user: password' lines)");
        }
        try {
            store.start();
        } catch (Exception e) {
            throw new DkgException(file + ": cannot use the password file: " + e.getMessage(), e);
        }
        return new PasswordFile(file, store, Set.copyOf(users));
    }

    /** The file it was read from. */
    public Path file() {
        return file;
    }

    /** The user names, sorted. */
    public Set<String> users() {
        return new TreeSet<>(users);
    }

    /** The users as a Jetty user store, for the server's login service. */
    UserStore userStore() {
        return store;
    }

    /** Whether {@code password} is the password of {@code user} (a constant-time comparison for stored passwords). */
    public boolean check(String user, String password) {
        if (user == null || password == null) {
            return false;
        }
        UserPrincipal u = store.getUserPrincipal(user);
        return u != null && u.authenticate(password);
    }
}
