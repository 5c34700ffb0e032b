#!/usr/bin/env python3
"""Writes synthetic N-Quads shaped like diplomacy-kg's graphs, for benchmarks.

usage: generate-store.py ARTICLES ENTITIES > data.nq

Each article gets its own named graph with ~10 events (type, label, CAMEO code, source and target actors,
a mention with a sentence); entities (persons and countries with labels and Wikidata links) live in the
gazetteer and links graphs. About 120 quads per article plus 4 per entity.
"""
import random
import sys

BASE = "https://w3id.org/diplomacy-kg/"
DIP = BASE + "ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SAME = "http://www.w3.org/2002/07/owl#sameAs"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
CODES = ["010", "036", "042", "057", "071", "072", "111", "163", "172", "193"]


def q(s, p, o, g, literal=False, lang=None):
    obj = '"%s"%s' % (o, "@" + lang if lang else "") if literal else "<%s>" % o
    sys.stdout.write("<%s> <%s> %s <%s> .\n" % (s, p, obj, g))


def main():
    articles, entities = int(sys.argv[1]), int(sys.argv[2])
    rnd = random.Random(42)
    gaz, links = BASE + "graph/gazetteer", BASE + "graph/links/wikidata"
    for k in range(entities):
        e = BASE + "id/person/p%d" % k
        q(e, RDF_TYPE, DIP + "Person", gaz)
        q(e, LABEL, "Person %d" % k, gaz, literal=True, lang="en")
        q(e, DIP + "country", BASE + "id/country/c%d" % (k % 200), gaz)
        q(e, SAME, "http://www.wikidata.org/entity/Q%d" % (1000000 + k), links)
    for a in range(articles):
        art = BASE + "article/a%d" % a
        g = BASE + "graph/article/a%d" % a
        q(art, RDF_TYPE, DIP + "Article", g)
        q(art, "http://purl.org/dc/terms/title", "Synthetic article %d" % a, g, literal=True)
        for n in range(10):
            ev = BASE + "event/e%d-%d" % (a, n)
            m = art + "#event-%d" % n
            s = art + "#char=%d,%d" % (n * 100, n * 100 + 90)
            src, tgt = rnd.randrange(entities), rnd.randrange(entities)
            code = rnd.choice(CODES)
            q(ev, RDF_TYPE, DIP + "Event", g)
            q(ev, LABEL, "Person %d to Person %d: event %s" % (src, tgt, code), g, literal=True, lang="en")
            q(ev, DIP + "cameoCode", code, g, literal=True)
            q(ev, DIP + "sourceActor", BASE + "id/person/p%d" % src, g)
            q(ev, DIP + "targetActor", BASE + "id/person/p%d" % tgt, g)
            q(ev, DIP + "mention", m, g)
            q(m, DIP + "mentionOf", ev, g)
            q(m, DIP + "sentence", s, g)
            q(s, NIF + "anchorOf", "Person %d met Person %d in article %d." % (src, tgt, a), g, literal=True)
            q(s, RDF_TYPE, NIF + "Sentence", g)
            q(m, "http://www.w3.org/ns/prov#wasDerivedFrom", art, g)
            q(ev, "http://www.w3.org/ns/prov#wasDerivedFrom", art, g)


if __name__ == "__main__":
    main()
