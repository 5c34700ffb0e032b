package org.diplomacykg.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads articles from files and folders, picking the reader by file extension. */
public final class ArticleReader {
    /** File extensions read as articles when a folder is given; anything else in the folder is skipped. */
    public static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".html", ".htm", ".jsonl");

    private ArticleReader() {}

    /**
     * Reads a file or every article file in a folder (sorted by name, not recursive).
     *
     * @throws ArticleException naming the file and the problem
     */
    public static List<Article> read(Path path, Overrides overrides) {
        if (Files.isDirectory(path)) {
            List<Article> all = new ArrayList<>();
            for (Path file : articleFiles(path)) {
                all.addAll(readFile(file, overrides));
            }
            if (all.isEmpty()) {
                throw new ArticleException(path.toString(), "folder holds no article files (" + ARTICLE_EXTENSIONS + ")");
            }
            return all;
        }
        return readFile(path, overrides);
    }

    /** The article files of a folder, sorted by name. */
    public static List<Path> articleFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
        } catch (IOException e) {
            throw new ArticleException(dir.toString(), "cannot list folder: " + e.getMessage(), e);
        }
    }

    static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return ARTICLE_EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    private static List<Article> readFile(Path file, Overrides overrides) {
        String name = file.toString();
        String text = readText(file);
        Sidecar meta = Sidecar.forArticle(file);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl")) {
            return JsonLinesReader.read(name, text, overrides);
        }
        Article.Builder b;
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            b = HtmlReader.read(name, text);
        } else {
            if (text.isBlank()) {
                throw new ArticleException(name, "empty file");
            }
            b = Article.builder(text).titleLine(looksLikeHeadline(text));
        }
        b.origin(name);
        meta.applyTo(b);
        if (overrides.published() != null) {
            b.published(overrides.published());
        }
        if (overrides.source() != null) {
            b.source(overrides.source());
        }
        return List.of(b.build());
    }

    /** Plain-text news files put the headline on the first line; a long first line is a paragraph instead. */
    private static boolean looksLikeHeadline(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        if (nl < 0) {
            return false;
        }
        String first = t.substring(0, nl).strip();
        return !first.isEmpty() && first.split("\\s+").length <= 25;
    }

    /**
     * Reads a file as strict UTF-8 text.
     *
     * @throws ArticleException for a missing, unreadable, empty or binary file, or invalid UTF-8 (with its byte offset)
     */
    public static String readText(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleException(name, "no such file");
        } catch (IOException e) {
            throw new ArticleException(name, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new ArticleException(name, "empty file");
        }
        if (looksBinary(bytes)) {
            throw new ArticleException(name, "binary file, not text");
        }
        String text = decodeUtf8(name, bytes);
        if (text.isBlank()) {
            throw new ArticleException(name, "empty file (only whitespace)");
        }
        return text;
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 20 > n;
    }

    static String decodeUtf8(String name, byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            throw new ArticleException(name, "invalid UTF-8 at byte " + in.position());
        }
        r = dec.flush(out);
        if (r.isError()) {
            throw new ArticleException(name, "invalid UTF-8 at byte " + in.position());
        }
        out.flip();
        return out.toString();
    }
}
