package org.aiotbench.runner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only {@code results.jsonl} of a run folder. Each record is one line written with a
 * single write and forced to disk, so a process killed at any moment leaves at most a torn last
 * line; reopening drops that tail (it belonged to a cell that is then simply run again).
 */
public final class ResultStore implements AutoCloseable {

    public static final String FILE = "results.jsonl";

    private final Path file;
    private final FileChannel channel;
    private final Map<String, CellStatus> done = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private ResultStore(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        load();
    }

    public static ResultStore open(Path runDir) throws IOException {
        return new ResultStore(runDir.resolve(FILE));
    }

    private void load() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        byte[] all = Files.readAllBytes(file);
        int lastNewline = -1;
        for (int i = all.length - 1; i >= 0; i--) {
            if (all[i] == '\n') {
                lastNewline = i;
                break;
            }
        }
        if (lastNewline != all.length - 1) {
            // A torn final line from a killed process: drop it so appends start on a fresh line.
            channel.truncate(lastNewline + 1L);
            warnings.add(file + ": dropped an incomplete last line (" + (all.length - lastNewline - 1) + " bytes) left by an interrupted run");
        }
        String text = new String(all, 0, lastNewline + 1, StandardCharsets.UTF_8);
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                Map.Entry<String, CellStatus> e = ResultJson.keyAndStatus(line);
                done.put(e.getKey(), e.getValue());
            } catch (IOException | IllegalArgumentException e) {
                warnings.add(file + ":" + lineNo + ": unreadable record skipped");
            }
        }
    }

    /** True when the cell has a final record (anything but an infrastructure failure). */
    public synchronized boolean isDone(CellKey key) {
        CellStatus s = done.get(key.hex());
        return s != null && s.finalResult();
    }

    public synchronized int size() {
        return done.size();
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public synchronized void append(CellResult result) throws IOException {
        byte[] bytes = (ResultJson.line(result) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long pos = channel.size();
        while (buf.hasRemaining()) {
            pos += channel.write(buf, pos);
        }
        channel.force(false);
        done.put(result.key(), result.status());
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Reads every record line of a results file (for merge); torn or unreadable lines are skipped. */
    static List<String> readLines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                ResultJson.keyAndStatus(line);
                out.add(line);
            } catch (IOException | IllegalArgumentException e) {
                // Torn or foreign line: merge keeps only whole records.
            }
        }
        return out;
    }
}
