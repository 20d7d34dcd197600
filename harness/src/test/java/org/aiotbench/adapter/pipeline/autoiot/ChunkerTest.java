package org.aiotbench.adapter.pipeline.autoiot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void headingsStartPassagesAndLongSectionsAreSplit() {
        String para = "Sentence about filters and beats that goes on for a while. ".repeat(8).strip();
        String doc = "intro line\n\n# First\n\n" + para + "\n\n" + para + "\n\n## Second\nshort text\n";
        List<Passage> ps = Chunker.chunk("a.md", doc);
        assertEquals("", ps.get(0).heading());
        assertEquals("intro line", ps.get(0).text());
        assertEquals(List.of("", "First", "First", "Second"), ps.stream().map(Passage::heading).toList(),
                "two ~480-character paragraphs do not fit one 700-character passage");
        assertEquals(para, ps.get(1).text());
        assertEquals("short text", ps.get(3).text());
        assertTrue(ps.stream().allMatch(p -> p.source().equals("a.md")));
    }

    @Test
    void referenceListsAreLeftOutAndTheTitleIsTheFirstTopLevelHeading() {
        String doc = "intro\n\n# Beat detection\n\n## Method\nfilter, square, integrate\n\n## Sources\n"
                + "- Pan, Tompkins, QRS detection, 1985\n\n## References\n- more\n\n## After\nkept\n";
        List<Passage> ps = Chunker.chunk("c.md", doc);
        assertEquals(List.of("intro", "filter, square, integrate", "kept"), ps.stream().map(Passage::text).toList());
        assertEquals("Beat detection", Chunker.title(doc));
        assertEquals("", Chunker.title("## only a section\ntext"));
    }

    @Test
    void aHugeParagraphIsCutAtSentenceEnds() {
        String para = "Word word word word word word word word word. ".repeat(100).strip();
        List<Passage> ps = Chunker.chunk("b.txt", para);
        assertTrue(ps.size() >= 4, "4600 characters in pieces of at most 1200");
        for (Passage p : ps) {
            assertTrue(p.text().length() <= Chunker.MAX_CHARS, p.text().length() + " chars");
            assertTrue(p.text().endsWith("."), "cut after a full stop");
        }
        assertEquals(para.replace(" ", ""), String.join("", ps.stream().map(p -> p.text().replace(" ", "").replace("\n", "")).toList()),
                "nothing is lost");
    }
}
