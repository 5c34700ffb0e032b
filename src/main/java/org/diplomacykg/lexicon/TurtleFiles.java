package org.diplomacykg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/** Loads the Turtle files of a lexicon folder: built-in ones listed in its INDEX, and user folders or files. */
final class TurtleFiles {
    private TurtleFiles() {}

    /** Reads the built-in files listed in {@code <resourceDir>/INDEX} into {@code into}. */
    static void readBuiltIn(String resourceDir, Model into) {
        String index = resourceDir + "/INDEX";
        try (InputStream in = TurtleFiles.class.getResourceAsStream(index)) {
            if (in == null) {
                throw new LexiconException("built-in lexicon index " + index + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String res = resourceDir + "/" + line;
                try (InputStream ttl = TurtleFiles.class.getResourceAsStream(res)) {
                    if (ttl == null) {
                        throw new LexiconException(index + " lists " + line + ", which is not on the classpath");
                    }
                    parse(ttl, res, into);
                }
            }
        } catch (IOException e) {
            throw new LexiconException("cannot read " + index + ": " + e.getMessage(), e);
        }
    }

    /** Reads a Turtle file, or every {@code *.ttl} file of a folder, into {@code into}. */
    static void readPath(Path path, Model into) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new LexiconException(path + ": cannot list folder: " + e.getMessage(), e);
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else {
            throw new LexiconException(path + ": no such file or folder");
        }
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                parse(in, f.toString(), into);
            } catch (IOException e) {
                throw new LexiconException(f + ": cannot read: " + e.getMessage(), e);
            }
        }
    }

    private static void parse(InputStream in, String name, Model into) {
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///" + name).parse(m);
        } catch (RiotException e) {
            throw new LexiconException(name + ": invalid Turtle: " + e.getMessage(), e);
        }
        into.add(m);
    }
}
