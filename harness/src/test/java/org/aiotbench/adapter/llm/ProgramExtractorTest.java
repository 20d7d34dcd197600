package org.aiotbench.adapter.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.TaskRuntime;
import org.junit.jupiter.api.Test;

class ProgramExtractorTest {

    static final List<TaskRuntime> PY_SH = List.of(TaskRuntime.PYTHON, TaskRuntime.SHELL);

    @Test
    void severalNamedFilesMakeOneProgram() throws Exception {
        String reply = """
                Here is the detector.

                ```python main.py
                from detector import run
                run()
                ```

                ```python
                # file: detector.py
                def run():
                    pass
                ```

                **config.json**
                ```json
                {"fs": 360}
                ```

                Run it with:
                ```sh
                python3 main.py in out
                ```
                """;
        Program.Source p = ProgramExtractor.extract(reply, PY_SH);
        assertEquals(TaskRuntime.PYTHON, p.language());
        assertEquals("main.py", p.entryPoint());
        assertEquals(List.of("config.json", "detector.py", "main.py"), p.files().keySet().stream().sorted().toList());
        assertTrue(p.files().get("main.py").startsWith("from detector import run"));
        assertTrue(p.files().get("detector.py").startsWith("# file: detector.py"), "the naming comment stays in the file");
        assertEquals("{\"fs\": 360}\n", p.files().get("config.json"));
    }

    @Test
    void theLongestUnnamedBlockOfTheFirstAllowedLanguageIsTheEntry() throws Exception {
        String reply = "```bash\npip install numpy\n```\n\n```python\nimport sys\nprint(sys.argv)\n```\n";
        Program.Source p = ProgramExtractor.extract(reply, PY_SH);
        assertEquals(TaskRuntime.PYTHON, p.language());
        assertEquals("import sys\nprint(sys.argv)\n", p.files().get("main.py"));
        assertEquals(1, p.files().size(), "the install command is not part of the program");
        Program.Source sh = ProgramExtractor.extract("```sh\necho hi\n```", PY_SH);
        assertEquals(TaskRuntime.SHELL, sh.language());
        assertEquals("main.sh", sh.entryPoint());
    }

    @Test
    void aReplyCutOffInsideTheFenceStillYieldsItsCode() throws Exception {
        Program.Source p = ProgramExtractor.extract("```python\nprint('partial')\n", PY_SH);
        assertEquals("print('partial')\n", p.files().get("main.py"));
    }

    @Test
    void aReplyWithoutCodeIsAOneLineFailure() {
        GenerationException e = assertThrows(GenerationException.class,
                () -> ProgramExtractor.extract("I cannot help with that.\nSorry.", PY_SH));
        assertTrue(e.getMessage().startsWith("the reply contains no fenced code block"), e.getMessage());
        assertTrue(e.getMessage().contains("I cannot help with that. Sorry."), e.getMessage());
        GenerationException wrong = assertThrows(GenerationException.class,
                () -> ProgramExtractor.extract("```java\nclass Main {}\n```", PY_SH));
        assertTrue(wrong.getMessage().contains("no code in an allowed language (python, shell)"), wrong.getMessage());
    }

    @Test
    void fileNamesThatLeaveTheFolderAreDropped() throws Exception {
        Program.Source p = ProgramExtractor.extract("```python main.py\nx=1\n```\n```python ../evil.py\nx=2\n```\n", PY_SH);
        assertEquals(List.of("main.py"), List.copyOf(p.files().keySet()));
    }
}
