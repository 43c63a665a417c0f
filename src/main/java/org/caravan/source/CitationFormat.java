package org.caravan.source;

import org.eclipse.microprofile.graphql.Description;

@Description("A format reference managers read.")
public enum CitationFormat {
    @Description("CSL-JSON, the format of Zotero, Mendeley and citeproc: a JSON array of items")
    CSL_JSON,
    @Description("BibTeX (also read by biblatex): one entry per item")
    BIBTEX
}
