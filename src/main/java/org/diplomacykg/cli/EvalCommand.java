package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplomacykg.eval.Evaluator;
import org.diplomacykg.eval.GoldArticle;
import org.diplomacykg.eval.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg eval}: scores the extractor against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the extractor against a folder of articles with gold event files (NNN.gold.tsv):",
        "precision and recall of events (CAMEO root + actors) per article, per root and overall,",
        "date accuracy and entity-linking accuracy; dev and heldout splits from each .meta file."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "Folder of articles with .gold.tsv (and .entities.tsv) files.")
    Path dir;

    @Option(names = "--details", description = "Also list every missed and spurious event, wrong date and wrong link.")
    boolean details;

    @Mixin
    LexiconOptions lexicon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Report r = new Evaluator(lexicon.extractor()).evaluate(GoldArticle.readFolder(dir));
        r.print(Streams.out(spec), details);
        return 0;
    }
}
