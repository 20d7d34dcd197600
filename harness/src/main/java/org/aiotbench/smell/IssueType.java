package org.aiotbench.smell;

/**
 * The issue types that are counted. Security hotspots are left out on purpose: SonarQube does not
 * count them as issues either, they are places for a person to review.
 */
public enum IssueType {
    BUG("bugs"), VULNERABILITY("vulnerabilities"), CODE_SMELL("code_smells");

    private final String json;

    IssueType(String json) {
        this.json = json;
    }

    /** The key of this type's counts in results and reports. */
    public String json() {
        return json;
    }
}
