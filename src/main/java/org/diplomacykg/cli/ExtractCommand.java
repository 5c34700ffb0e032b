package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomacykg.article.Article;
import org.diplomacykg.rdf.ExtractionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dkg extract}: prints an article's RDF and stores nothing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the RDF extracted from an article (text, HTML or JSON Lines); nothing is stored.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The article file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl",
        description = "Output syntax: ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ArticleOptions article;

    @Mixin
    LexiconOptions lexicon;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RdfFormat f = RdfFormat.parse(format);
        List<Article> articles = article.read(List.of(file));
        f.write(ExtractionWriter.extractAll(lexicon.extractor(), articles), Streams.out(spec));
        return 0;
    }
}
