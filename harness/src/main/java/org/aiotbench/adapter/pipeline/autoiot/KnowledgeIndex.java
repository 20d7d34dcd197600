package org.aiotbench.adapter.pipeline.autoiot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.aiotbench.adapter.AdapterConfigException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A user's knowledge folder ({@code .md} and {@code .txt} files, searched recursively) cut into
 * passages and indexed in memory with Lucene for BM25 ranking. Built once per pipeline and then
 * shared by all its cells (searching is thread-safe). The folders this is meant for hold notes
 * and papers' summaries, small enough that re-indexing at start-up costs less than keeping an
 * on-disk index consistent with them.
 */
public final class KnowledgeIndex {

    private static final String TEXT = "text";
    private static final String SOURCE = "source";
    private static final String HEADING = "heading";
    private static final String BODY = "body";
    /** Phrases matched in order outrank the same words scattered over a passage. */
    private static final float PHRASE_BOOST = 2f;
    /** Well below Lucene's clause limit (1024), however many terms a model lists. */
    private static final int MAX_CLAUSES = 256;

    private final Path folder;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final int documents;
    private final int passages;
    private final String contentHash;

    private KnowledgeIndex(Path folder, Analyzer analyzer, IndexSearcher searcher, int documents, int passages,
                           String contentHash) {
        this.folder = folder;
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.documents = documents;
        this.passages = passages;
        this.contentHash = contentHash;
    }

    /** Reads and indexes every {@code .md}/{@code .txt} file under {@code folder}. */
    public static KnowledgeIndex open(Path folder) throws AdapterConfigException {
        if (!Files.isDirectory(folder)) {
            throw new AdapterConfigException("knowledge folder " + folder + " does not exist or is not a folder");
        }
        List<Path> files = documentsIn(folder);
        if (files.isEmpty()) {
            throw new AdapterConfigException("knowledge folder " + folder + " has no .md or .txt documents");
        }
        MessageDigest sha = sha256();
        Analyzer analyzer = new EnglishAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int count = 0;
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, cfg)) {
            for (Path file : files) {
                String source = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                String text = readUtf8(folder, file);
                sha.update((source + "\0" + text + "\0").getBytes(StandardCharsets.UTF_8));
                // The document's title is indexed with each of its passages: it names the topic
                // that a section deep inside the document takes for granted.
                String title = Chunker.title(text);
                for (Passage p : Chunker.chunk(source, text)) {
                    Document doc = new Document();
                    String context = p.heading().equals(title) ? title : title + "\n" + p.heading();
                    doc.add(new TextField(TEXT, context + "\n" + p.text(), Field.Store.NO));
                    doc.add(new StoredField(SOURCE, p.source()));
                    doc.add(new StoredField(HEADING, p.heading()));
                    doc.add(new StoredField(BODY, p.text()));
                    writer.addDocument(doc);
                    count++;
                }
            }
        } catch (IOException e) {
            throw new AdapterConfigException("knowledge folder " + folder + ": cannot index: " + e.getMessage());
        }
        if (count == 0) {
            throw new AdapterConfigException("knowledge folder " + folder + " has only empty documents");
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(new BM25Similarity());
            return new KnowledgeIndex(folder, analyzer, searcher, files.size(), count,
                    HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new AdapterConfigException("knowledge folder " + folder + ": cannot open its index: " + e.getMessage());
        }
    }

    /**
     * The best {@code k} passages for a list of terms (words or multi-word phrases), best
     * first; ties keep document order. Terms that analyse to nothing (stop words) are ignored.
     */
    public List<Passage> search(List<String> terms, int k) {
        Query query = query(terms);
        if (query == null || k <= 0) {
            return List.of();
        }
        try {
            ScoreDoc[] hits = searcher.search(query, k).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Passage> out = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                Document d = stored.document(hit.doc);
                out.add(new Passage(d.get(SOURCE), d.get(HEADING), d.get(BODY), hit.score));
            }
            return out;
        } catch (IOException e) {
            // The index lives in memory: this would be a bug, not a user error.
            throw new UncheckedIOException(e);
        }
    }

    /** One SHOULD clause per distinct word, plus a boosted phrase clause per multi-word term. */
    private Query query(List<String> terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> words = new LinkedHashSet<>();
        int clauses = 0;
        for (String term : terms) {
            List<String> tokens = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            analyse(term, tokens, positions);
            if (tokens.size() > 1 && clauses < MAX_CLAUSES) {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
                for (int i = 0; i < tokens.size(); i++) {
                    phrase.add(new Term(TEXT, tokens.get(i)), positions.get(i));
                }
                b.add(new BoostQuery(phrase.build(), PHRASE_BOOST), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            for (String t : tokens) {
                if (clauses < MAX_CLAUSES && words.add(t)) {
                    b.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? null : b.build();
    }

    private void analyse(String text, List<String> tokens, List<Integer> positions) {
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                tokens.add(term.toString());
                positions.add(pos);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Number of documents read. */
    public int documents() {
        return documents;
    }

    /** Number of passages indexed. */
    public int passages() {
        return passages;
    }

    /**
     * SHA-256 (hex) over the documents' relative paths and contents: a changed folder must not
     * reuse results generated with the old one, so adapters put this into their config.
     */
    public String contentHash() {
        return contentHash;
    }

    private static List<Path> documentsIn(Path folder) throws AdapterConfigException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".md") || n.endsWith(".txt");
                    })
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new AdapterConfigException("knowledge folder " + folder + ": cannot list it: " + e.getMessage());
        }
    }

    /** Dot files and anything under a dot folder (.git, editor state) are not knowledge. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String readUtf8(Path folder, Path file) throws AdapterConfigException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AdapterConfigException("knowledge folder " + folder + ": " + folder.relativize(file) + " is not UTF-8 text");
        } catch (IOException e) {
            throw new AdapterConfigException("knowledge folder " + folder + ": cannot read " + folder.relativize(file)
                    + ": " + e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
