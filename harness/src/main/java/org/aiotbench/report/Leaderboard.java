package org.aiotbench.report;

import java.util.List;

/**
 * Everything a report shows, already aggregated; formats only render it.
 *
 * @param sources names of the run folders it was built from, in the order given
 * @param supersededRecords records replaced by a later record with the same key (resumed or
 *     re-run cells); they count nowhere else
 * @param warnings one-line notes: skipped lines, missing meta.json, inconsistent task hashes
 */
public record Leaderboard(List<FamilyBoard> families, List<ProvenanceEntry> provenance,
                          List<String> sources, int supersededRecords, List<String> warnings) {

    public Leaderboard {
        families = List.copyOf(families);
        provenance = List.copyOf(provenance);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /** One entry of a run folder's meta.json, with the folder it came from. */
    public record ProvenanceEntry(String source, RunMeta run) {
    }
}
