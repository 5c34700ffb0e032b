package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.diplomacykg.rdf.Ontology;
import org.junit.jupiter.api.Test;

/** The generated documentation pages, without a server. */
class OntologyDocsTest {
    @Test
    void everyTermIsEscaped() {
        Model ont = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
            @prefix dip: <https://w3id.org/diplomacy-kg/ontology#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            <https://w3id.org/diplomacy-kg/ontology> a owl:Ontology ; dcterms:title "T <script>alert(1)</script>" .
            dip:Evil a owl:Class ; rdfs:label "<b>evil</b> & \\"quoted\\"" ; skos:definition "x < y > z" ;
                rdfs:subClassOf <https://example.org/a"b> .
            """, Lang.TURTLE).parse(ont);
        String html = new OntologyDocs(ont, Ontology.get().cameo(), "/ontology").ontologyPage();
        assertThat(html).doesNotContain("<script>", "<b>evil")
            .contains("T &lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;evil&lt;/b&gt; &amp; &quot;quoted&quot;",
                "x &lt; y &gt; z", "id=\"Evil\"");
    }

    @Test
    void realPagesListEveryClassAndTheCameoRoots() {
        OntologyDocs docs = new OntologyDocs(Ontology.get().ontology(), Ontology.get().cameo(), "/ontology");
        String page = docs.ontologyPage();
        Ontology.get().ontology().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
            org.apache.jena.vocabulary.OWL.Class).forEachRemaining(c -> assertThat(page).contains("id=\"" + c.getLocalName() + "\""));
        assertThat(page).contains("<code>01</code>", "<code>20</code>", "Make public statement", "−10.0");
        assertThat(docs.cameoPage()).contains("id=\"c20\"", "id=\"c2042\"");
    }
}
