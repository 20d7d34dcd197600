package org.aiotbench.reference.har;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The contents of a dense ARFF file: its attributes and, per data row, one token per
 * attribute as written (quotes removed), or null where the file has {@code ?} (missing).
 *
 * @param relation   the {@code @relation} name
 * @param attributes the attributes in column order
 * @param rows       the data rows; each has {@code attributes.size()} entries
 * @param lines      the 1-based file line of each row, for error messages
 */
public record ArffTable(String relation, List<Attribute> attributes, List<String[]> rows, int[] lines) {

    /** The kinds of attribute this reader understands. */
    public enum Type { NUMERIC, NOMINAL, STRING }

    /**
     * One {@code @attribute} declaration.
     *
     * @param name   attribute name, unquoted
     * @param type   its kind
     * @param values the declared values of a nominal attribute, in order; empty otherwise
     */
    public record Attribute(String name, Type type, List<String> values) {
        public Attribute {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    public ArffTable {
        attributes = List.copyOf(attributes);
        rows = List.copyOf(rows);
        lines = lines.clone();
    }

    /** Column index of the named attribute (case-insensitive), or -1. */
    public int column(String name) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Number of {@code ?} cells in a column. */
    public int missing(int column) {
        int n = 0;
        for (String[] r : rows) {
            if (r[column] == null) {
                n++;
            }
        }
        return n;
    }

    /** The attribute names, in column order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        attributes.forEach(a -> out.add(a.name()));
        return out;
    }
}
