package org.proserv.projects.design;

import org.proserv.kernel.config.ConfigDefaults;

/**
 * The configurable numbers of design creation (docs/projects.md, Design creation).
 *
 * @param sketchSets how many sketch sets a creation may offer; after that many rejections it ends (2)
 * @param minImages the fewest deliverable images (4), more when the quote asked for more pages
 * @param maxImages the most deliverable images (6), more when the quote asked for more pages
 */
public record DesignTerms(int sketchSets, int minImages, int maxImages) {

    public DesignTerms {
        if (sketchSets < 1) {
            throw new IllegalArgumentException("proserv.projects.design.sketch-sets must be at least 1");
        }
        if (minImages < 1 || maxImages < minImages) {
            throw new IllegalArgumentException("proserv.projects.design.min-images must be at least 1 and at most"
                    + " proserv.projects.design.max-images");
        }
    }

    public static DesignTerms standard() {
        var defaults = ConfigDefaults.visibleTo(DesignTerms.class);
        return new DesignTerms(
                Integer.parseInt(defaults.value("proserv.projects.design.sketch-sets")),
                Integer.parseInt(defaults.value("proserv.projects.design.min-images")),
                Integer.parseInt(defaults.value("proserv.projects.design.max-images")));
    }
}
