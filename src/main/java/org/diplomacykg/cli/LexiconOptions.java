package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.extract.Extractor;
import picocli.CommandLine.Option;

/** Options that extend the extractor's built-in knowledge with the user's files. */
final class LexiconOptions {
    @Option(names = "--gazetteer", paramLabel = "PATH",
        description = "Extra gazetteer entries: a Turtle file or a folder of them (repeatable).")
    List<Path> gazetteer = new ArrayList<>();

    @Option(names = "--patterns", paramLabel = "PATH",
        description = "Extra event patterns and word lists: a Turtle file or a folder of them (repeatable).")
    List<Path> patterns = new ArrayList<>();

    Extractor extractor() {
        Extractor.Builder b = Extractor.builder();
        gazetteer.forEach(b::gazetteer);
        patterns.forEach(b::patterns);
        return b.build();
    }
}
