package org.diplomacykg.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** The command's output stream, which tests may have replaced. */
final class Streams {
    private Streams() {}

    static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }
}
