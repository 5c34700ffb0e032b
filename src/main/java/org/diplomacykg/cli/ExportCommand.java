package org.diplomacykg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.diplomacykg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg export}: the whole store as quads. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Print the whole database with its named graphs.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "trig", description = "trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RdfFormat f = RdfFormat.parse(format);
        if (f != RdfFormat.TRIG && f != RdfFormat.NQ && f != RdfFormat.JSONLD) {
            throw new IllegalArgumentException("export keeps named graphs: use trig, nq or jsonld, not " + format);
        }
        try (Store s = store.openExisting()) {
            s.read(ds -> {
                f.write(ds, Streams.out(spec));
                return (Dataset) null;
            });
        }
        return 0;
    }
}
