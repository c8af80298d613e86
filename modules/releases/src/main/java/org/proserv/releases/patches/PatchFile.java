package org.proserv.releases.patches;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Objects;

/** A file a patch changes: its path in the installation and the checksum of the file the patch expects. */
@Embeddable
public class PatchFile {

    @Column(nullable = false, length = 500)
    private String path;

    @Column(nullable = false, length = 128)
    private String checksum;

    protected PatchFile() {
    }

    public PatchFile(String path, String checksum) {
        this.path = normalizePath(path);
        this.checksum = checksum.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * One spelling per file, so that a store's list of modified files matches the patch's:
     * forward slashes, no leading {@code ./} or {@code /}, no doubled separators.
     */
    public static String normalizePath(String path) {
        String p = path.trim().replace('\\', '/');
        while (p.contains("//")) {
            p = p.replace("//", "/");
        }
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.startsWith("./") ? p.substring(2) : p.substring(1);
        }
        return p;
    }

    public String path() {
        return path;
    }

    public String checksum() {
        return checksum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatchFile other && path.equals(other.path) && checksum.equals(other.checksum);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, checksum);
    }
}
