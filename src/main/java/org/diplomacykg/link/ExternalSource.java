package org.diplomacykg.link;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * An external RDF dataset to link against: a file in any syntax Jena reads, a SPARQL endpoint, or a model
 * in memory. A source finds, for each local entity, the resources whose labels or aliases may name it.
 * A source serves one linking run at a time (a file's name index is built on first use).
 */
public interface ExternalSource {

    /** A SPARQL endpoint if {@code fileOrUrl} starts with {@code http://} or {@code https://}, else a file. */
    static ExternalSource open(String fileOrUrl) {
        if (fileOrUrl.matches("(?i)https?://.*")) {
            return endpoint(fileOrUrl);
        }
        return file(Path.of(fileOrUrl));
    }

    /**
     * An RDF file (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD …, optionally gzipped), read whole into
     * memory; its named graphs are merged.
     *
     * @throws LinkException if it is missing, empty, or not RDF Jena can read
     */
    static ExternalSource file(Path file) {
        return ModelSource.read(file);
    }

    /**
     * A SPARQL 1.1 endpoint, asked for resources labelled with the entities' names and their spellings.
     *
     * @throws LinkException if the URL is not an http(s) URL
     */
    static ExternalSource endpoint(String url) {
        return new SparqlSource(url);
    }

    /** A model already in memory; {@code name} names it in messages and suggests the linkset name. */
    static ExternalSource model(String name, Model model) {
        return new ModelSource(name, name, model);
    }

    /** Where the data comes from, for messages and provenance: a path or a URL. */
    String location();

    /** A linkset name derived from the location: the file name without extensions, or the host. */
    String suggestedName();

    /**
     * The resources that may name each entity, by the entity's IRI.
     *
     * @throws LinkException if the source cannot be read or reached
     */
    Map<String, List<ExternalEntity>> candidates(List<LocalEntity> entities, Names names);
}
