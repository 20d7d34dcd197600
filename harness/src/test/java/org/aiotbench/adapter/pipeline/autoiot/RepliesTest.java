package org.aiotbench.adapter.pipeline.autoiot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.aiotbench.catalogue.TaskRuntime;
import org.junit.jupiter.api.Test;

class RepliesTest {

    @Test
    void termsFromTheShapesModelsUse() {
        assertEquals(List.of("R peak", "Pan-Tompkins", "band-pass filter"),
                Replies.terms("Here are the key terms:\n\n- **R peak**: the tallest wave\n* Pan-Tompkins\n"
                        + "1. `band-pass filter` - keeps 5-15 Hz\n\nThese should help."));
        assertEquals(List.of("ECG", "QRS complex", "WFDB"), Replies.terms("1) ECG\n2) QRS complex (the beat)\n3) WFDB\n"));
        assertEquals(List.of("ECG", "sampling rate"), Replies.terms("Sure! [\"ECG\", \"sampling rate\", \"ecg\"]"));
        assertEquals(List.of("ECG", "R peak", "baseline wander"), Replies.terms("ECG, R peak; baseline wander"));
        assertEquals(List.of("accelerometer", "window"), Replies.terms("accelerometer\nwindow\n"));
        assertTrue(Replies.terms("").isEmpty());
        assertTrue(Replies.terms("I am not sure what you mean by that, could you please clarify the task further?").isEmpty(),
                "prose is not a term");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            many.append("- term").append(i).append('\n');
        }
        assertEquals(Replies.MAX_TERMS, Replies.terms(many.toString()).size());
    }

    @Test
    void stepsAreTheTopLevelNumberedItems() {
        List<String> s = Replies.steps("Design:\n1. read input\n   - parse header\n2. filter\n   1. design\n   2. apply\n"
                + "3. write output\nNotes at the end.");
        assertEquals(3, s.size());
        assertEquals("read input\n   - parse header", s.get(0));
        assertTrue(s.get(1).contains("2. apply"), "nested numbering stays inside step 2");
        assertEquals("write output\nNotes at the end.", s.get(2));
        assertEquals(List.of("a", "b"), Replies.steps("### Step 1: a\n**Step 2** - b"));
        assertEquals(List.of("do it all in one go"), Replies.steps("do it all in one go"));
        assertTrue(Replies.steps("  ").isEmpty());
        StringBuilder long_ = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            long_.append(i).append(". step ").append(i).append('\n');
        }
        List<String> capped = Replies.steps(long_.toString());
        assertEquals(Replies.MAX_STEPS, capped.size());
        assertTrue(capped.get(Replies.MAX_STEPS - 1).contains("step 12"), "the tail folds into the last step");
    }

    @Test
    void codeIsTheBlockInTheTasksLanguage() {
        String reply = "Plan:\n```text\na much longer block of plain text that is not code at all, really\n```\n"
                + "```python\nprint(1)\n```\nand a shell helper\n```sh\necho hi\n```";
        assertEquals(Optional.of("print(1)\n"), Replies.code(reply, TaskRuntime.PYTHON));
        assertEquals(Optional.of("echo hi\n"), Replies.code(reply, TaskRuntime.SHELL));
        assertEquals(Optional.of("a much longer block of plain text that is not code at all, really\n"),
                Replies.code(reply, TaskRuntime.JAVA), "no java block: the longest one");
        assertEquals(Optional.of("import sys\nprint(sys.argv)\n"), Replies.code("import sys\nprint(sys.argv)", TaskRuntime.PYTHON));
        assertEquals(Optional.of("x = 1\ny = 2\n"), Replies.code("```python\nx = 1\ny = 2", TaskRuntime.PYTHON),
                "a reply cut inside its fence");
        assertEquals(Optional.of("s = '```'\n"), Replies.code("````python\ns = '```'\n````", TaskRuntime.PYTHON));
        assertEquals(Optional.empty(), Replies.code(" \n", TaskRuntime.PYTHON));
    }
}
