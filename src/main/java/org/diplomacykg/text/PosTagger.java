package org.diplomacykg.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/** Universal Dependencies part-of-speech tags from OpenNLP's English UD-EWT model; one tagger per thread. */
final class PosTagger {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<POSTaggerME> tagger;

    private PosTagger(POSModel model) {
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model));
    }

    static PosTagger load() {
        try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + MODEL + " is not on the classpath");
            }
            return new PosTagger(new POSModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + MODEL, e);
        }
    }

    String[] tag(String[] words) {
        return tagger.get().tag(words);
    }
}
