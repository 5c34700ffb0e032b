package org.diplomacykg.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.diplomacykg.server.Pbkdf2Credential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg password}: a password file line with a salted PBKDF2 hash, for {@code dkg serve --auth}. */
@Command(name = "password", mixinStandardHelpOptions = true,
    description = {"Print a line for a 'dkg serve --auth' password file: USER: PBKDF2:… (a salted PBKDF2-HMAC-SHA256 hash).",
        "The password is read from the terminal without echo, or from the first line of standard input."})
final class PasswordCommand implements Callable<Integer> {
    @Parameters(paramLabel = "USER", description = "The user name.")
    String user;

    @Option(names = "--iterations", paramLabel = "N", description = "PBKDF2 iterations (default: ${DEFAULT-VALUE}).",
        defaultValue = "" + Pbkdf2Credential.DEFAULT_ITERATIONS)
    int iterations;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (user.isBlank() || user.contains(":") || user.contains("=") || user.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a user name must be non-empty, without ':', '=' or spaces");
        }
        if (iterations < 1000) {
            throw new IllegalArgumentException("--iterations must be at least 1000");
        }
        char[] password;
        Console console = System.console();
        if (console != null) {
            password = console.readPassword("Password for %s: ", user);
        } else {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            password = line == null ? null : line.toCharArray();
        }
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("no password given");
        }
        try {
            Streams.out(spec).println(user + ": " + Pbkdf2Credential.hash(password, iterations));
            Streams.out(spec).flush();
        } finally {
            Arrays.fill(password, '\0');
        }
        return 0;
    }
}
