package org.diplomacykg.extract;

import java.util.List;
import java.util.Map;
import org.diplomacykg.article.Article;
import org.diplomacykg.fact.Assessment;
import org.diplomacykg.fact.ConflictingClaim;
import org.diplomacykg.fact.EntityFact;
import org.diplomacykg.fact.EntityMention;
import org.diplomacykg.fact.EventFact;
import org.diplomacykg.fact.Forecast;
import org.diplomacykg.fact.Quote;
import org.diplomacykg.lexicon.Entity;
import org.diplomacykg.text.AnalyzedText;

/**
 * Everything the extractor found in one article. Offsets are {@code char} offsets into
 * {@code article().text()}; the RDF writer turns them into code points.
 *
 * @param article          the article
 * @param text             its sentences and tokens
 * @param entities         the entities it names, in order of first mention
 * @param entityFacts      how it describes them, by IRI
 * @param mentions         where it names them
 * @param events           the events it reports, one per mention, in text order
 * @param quotes           quotations
 * @param assessments      judgements on relationships
 * @param forecasts        statements about the future
 * @param conflicts        claims that contradict the reference data
 * @param extractorVersion the version of the extractor
 */
public record Extraction(Article article, AnalyzedText text, List<Entity> entities, Map<String, EntityFact> entityFacts,
                         List<EntityMention> mentions, List<EventFact> events, List<Quote> quotes,
                         List<Assessment> assessments, List<Forecast> forecasts, List<ConflictingClaim> conflicts,
                         String extractorVersion) {
    public Extraction {
        entities = List.copyOf(entities);
        entityFacts = Map.copyOf(entityFacts);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        assessments = List.copyOf(assessments);
        forecasts = List.copyOf(forecasts);
        conflicts = List.copyOf(conflicts);
    }
}
