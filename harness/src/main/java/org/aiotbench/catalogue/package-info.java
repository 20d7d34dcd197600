/**
 * The task catalogue: versioned, content-hashed benchmark tasks read from YAML files under
 * {@code tasks/}.
 *
 * <p>YAML is read through a small located tree ({@link org.aiotbench.catalogue.YamlNode}) instead
 * of plain data binding, because every user mistake must be reported as {@code FILE:LINE: reason}
 * with the line of the offending field; Jackson's bound objects forget where values came from.
 * The same tree and {@link org.aiotbench.catalogue.MappingReader} are reused by the dataset
 * manifests in {@code org.aiotbench.dataset}.
 */
package org.aiotbench.catalogue;
