package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.diplomacykg.DkgException;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.rdf.ExtractionWriter;
import org.diplomacykg.store.Store;
import org.diplomacykg.validate.ShapeCheck;
import org.diplomacykg.validate.ShapeReport;
import org.diplomacykg.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg validate}: checks a database, an article's extraction or an RDF file against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check RDF against the diplomacy-kg SHACL shapes (ontology/shapes.ttl): the database, an article "
        + "(extracted in memory, nothing stored) or an RDF file. All graphs are checked together, with the ontology.",
        "Prints one line per violation (focus node, path, message) and a summary. "
            + "Exit code 0 when it conforms, 1 when it does not or the input is bad, 2 for usage errors."})
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR",
        description = "TDB2 database folder to check (default when no FILE is given: " + StoreOptions.DEFAULT_DB + ").")
    Path db;

    @Parameters(paramLabel = "FILE", arity = "0..1",
        description = {"An article (txt, html, htm or jsonl file, or a folder of them), extracted in memory, or an RDF "
            + "file (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML), checked as it is. The extension decides. "
            + "The article and lexicon options apply to articles only."})
    Path file;

    @Mixin
    ArticleOptions article;

    @Mixin
    LexiconOptions lexicon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (db != null && file != null) {
            throw new ParameterException(spec.commandLine(), "give either --db DIR or FILE, not both");
        }
        String what;
        ShapeReport report;
        if (file == null) {
            StoreOptions options = new StoreOptions();
            options.db = db == null ? Path.of(StoreOptions.DEFAULT_DB) : db;
            what = options.db.toString();
            try (Store s = options.openExisting()) {
                report = ShapeCheck.validate(s);
            }
        } else {
            what = file.toString();
            report = ShapeCheck.validate(isArticle(file) ? extract(file) : parse(file));
        }
        PrintWriter out = Streams.out(spec);
        for (Violation v : report.violations()) {
            out.println(v.line());
        }
        out.println(what + ": " + report.summary());
        out.flush();
        return report.conforms() ? 0 : 1;
    }

    private boolean isArticle(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(p) || ArticleReader.ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith)) {
            return true;
        }
        if (RDFLanguages.filenameToLang(name) != null) {
            return false;
        }
        throw new ParameterException(spec.commandLine(), p + ": cannot tell from its extension whether it is an "
            + "article (" + String.join(", ", ArticleReader.ARTICLE_EXTENSIONS) + ") or RDF (.ttl, .trig, .nq, .nt, "
            + ".jsonld, .rdf …)");
    }

    private Dataset extract(Path p) {
        return ExtractionWriter.extractAll(lexicon.extractor(), article.read(List.of(p)));
    }

    private static Dataset parse(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new DkgException(p + ": " + (Files.exists(p) ? "not a file" : "no such file"));
        }
        Lang lang = RDFLanguages.filenameToLang(p.getFileName().toString());
        Dataset ds = DatasetFactory.create();
        try {
            // Errors throw; warnings (an ill-formed literal, say) are left to the report, which names the node.
            RDFParser.source(p).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(ds);
        } catch (RiotException e) {
            throw new DkgException(p + ": not valid " + lang.getLabel() + ": " + e.getMessage(), e);
        }
        return ds;
    }
}
