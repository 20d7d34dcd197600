package org.aiotbench.reference.har;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads dense ARFF files (Weka's Attribute-Relation File Format) as WISDM publishes its
 * transformed features. Handled: {@code %} comments, blank lines, CRLF endings, quoted names
 * and values (single or double quotes), a nominal list written straight after the name
 * ({@code @attribute class{...}}), {@code ?} for missing values. Not handled (rejected with a
 * one-line error): sparse rows, dates, relational attributes.
 */
public final class ArffReader {

    private ArffReader() {
    }

    public static ArffTable read(Path file) throws IOException {
        List<String> text = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        String relation = null;
        List<ArffTable.Attribute> attributes = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean inData = false;
        for (int ln = 0; ln < text.size(); ln++) {
            String line = text.get(ln).strip();
            if (line.isEmpty() || line.startsWith("%")) {
                continue;
            }
            int lineNo = ln + 1;
            if (!inData) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("@relation")) {
                    relation = unquote(line.substring(9).strip());
                } else if (lower.startsWith("@attribute")) {
                    attributes.add(attribute(file, lineNo, line.substring(10).strip()));
                } else if (lower.equals("@data")) {
                    if (attributes.isEmpty()) {
                        throw new HarFormatException(file, "line " + lineNo + ": @data before any @attribute");
                    }
                    inData = true;
                } else {
                    throw new HarFormatException(file, "line " + lineNo + ": unexpected header line '"
                            + abbreviate(line) + "'");
                }
                continue;
            }
            if (line.startsWith("{")) {
                throw new HarFormatException(file, "line " + lineNo + ": sparse ARFF rows are not supported");
            }
            List<String> cells = split(file, lineNo, line, ',');
            if (cells.size() != attributes.size()) {
                throw new HarFormatException(file, "line " + lineNo + ": " + cells.size() + " values, the header declares "
                        + attributes.size() + " attributes");
            }
            String[] row = new String[cells.size()];
            for (int c = 0; c < row.length; c++) {
                String raw = cells.get(c).strip();
                if (raw.equals("?")) {
                    continue;
                }
                String v = unquote(raw);
                ArffTable.Attribute a = attributes.get(c);
                if (a.type() == ArffTable.Type.NUMERIC) {
                    try {
                        Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new HarFormatException(file, "line " + lineNo + ": attribute " + a.name()
                                + " is numeric but holds '" + abbreviate(v) + "'");
                    }
                } else if (a.type() == ArffTable.Type.NOMINAL && !a.values().contains(v)) {
                    throw new HarFormatException(file, "line " + lineNo + ": '" + abbreviate(v)
                            + "' is not a declared value of " + a.name());
                }
                row[c] = v;
            }
            rows.add(row);
            lines.add(lineNo);
        }
        if (!inData) {
            throw new HarFormatException(file, "no @data section; is this an ARFF file?");
        }
        return new ArffTable(relation == null ? "" : relation, attributes, rows,
                lines.stream().mapToInt(Integer::intValue).toArray());
    }

    private static ArffTable.Attribute attribute(Path file, int lineNo, String rest) throws HarFormatException {
        String name;
        String type;
        if (rest.startsWith("\"") || rest.startsWith("'")) {
            int end = rest.indexOf(rest.charAt(0), 1);
            if (end < 0) {
                throw new HarFormatException(file, "line " + lineNo + ": unterminated attribute name");
            }
            name = rest.substring(1, end);
            type = rest.substring(end + 1).strip();
        } else {
            int end = 0;
            while (end < rest.length() && !Character.isWhitespace(rest.charAt(end)) && rest.charAt(end) != '{') {
                end++;
            }
            name = rest.substring(0, end);
            type = rest.substring(end).strip();
        }
        if (name.isEmpty() || type.isEmpty()) {
            throw new HarFormatException(file, "line " + lineNo + ": attribute without a name or type");
        }
        if (type.startsWith("{")) {
            int close = type.lastIndexOf('}');
            if (close < 0) {
                throw new HarFormatException(file, "line " + lineNo + ": nominal list of " + name + " lacks '}'");
            }
            List<String> values = new ArrayList<>();
            for (String v : split(file, lineNo, type.substring(1, close), ',')) {
                values.add(unquote(v.strip()));
            }
            return new ArffTable.Attribute(name, ArffTable.Type.NOMINAL, values);
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.equals("numeric") || t.equals("real") || t.equals("integer")) {
            return new ArffTable.Attribute(name, ArffTable.Type.NUMERIC, List.of());
        }
        if (t.equals("string")) {
            return new ArffTable.Attribute(name, ArffTable.Type.STRING, List.of());
        }
        throw new HarFormatException(file, "line " + lineNo + ": unsupported type '" + abbreviate(type)
                + "' of attribute " + name);
    }

    /** Splits on {@code sep} outside quotes. */
    private static List<String> split(Path file, int lineNo, String s, char sep) throws HarFormatException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quote != 0) {
                if (ch == '\\' && i + 1 < s.length()) {
                    cur.append(ch).append(s.charAt(++i));
                    continue;
                }
                if (ch == quote) {
                    quote = 0;
                }
                cur.append(ch);
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
                cur.append(ch);
            } else if (ch == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quote != 0) {
            throw new HarFormatException(file, "line " + lineNo + ": unterminated quote");
        }
        out.add(cur.toString());
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1).replace("\\" + s.charAt(0), String.valueOf(s.charAt(0)));
        }
        return s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
