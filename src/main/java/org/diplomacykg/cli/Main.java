package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.diplomacykg.DkgException;
import org.diplomacykg.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dkg}: news articles about diplomacy into a SPARQL-queryable knowledge graph. */
@Command(name = "dkg", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "Turns news articles about international diplomacy into an RDF knowledge graph (CAMEO-coded "
        + "events with sentence provenance and Wikidata-linked entities), stores it in TDB2 and serves it "
        + "over SPARQL.",
    subcommands = {ExtractCommand.class, IngestCommand.class, QueryCommand.class, ServeCommand.class,
        EventsCommand.class, ExportCommand.class, EvalCommand.class, ValidateCommand.class, LinkCommand.class,
        EntitiesCommand.class, PasswordCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 success, 1 bad input or failure, 2 usage error. */
    public static int run(String... args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "dkg-log4j2.xml");
        }
        return commandLine(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args);
    }

    /** The command line, writing to the given streams (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        // "dkg query @file.rq" reads the query from the file itself, not the file's words as arguments.
        cl.setExpandAtFiles(false);
        // Every subcommand has --version: give them the top-level version, not an empty one.
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new VersionProvider()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter e = line.getErr();
            if (ex instanceof DkgException || ex instanceof IllegalArgumentException) {
                e.println("dkg: " + ex.getMessage());
            } else {
                e.println("dkg: " + ex);
            }
            e.flush();
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the version of dkg and of Jena. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dkg " + Version.get() + " (Apache Jena " + Version.jena() + ", Java "
                + System.getProperty("java.version") + ")"};
        }
    }
}
