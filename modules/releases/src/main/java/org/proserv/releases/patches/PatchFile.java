package org.proserv.releases.patches;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.proserv.kernel.error.ProservException;

/** A file a patch changes: its path in the installation and the checksum of the file the patch expects. */
@Embeddable
public class PatchFile {

    @Column(nullable = false, length = 500)
    private String path;

    @Column(nullable = false, length = 128)
    private String checksum;

    protected PatchFile() {}

    /** A file of a patch; a path naming no file is a 400 on {@code files}. */
    public PatchFile(String path, String checksum) {
        this.path = normalizePath("files", path);
        this.checksum = checksum.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * One spelling per file, so that a store's list of modified files matches the patch's: forward slashes, no leading
     * {@code ./} or {@code /}, no doubled separators. A path that names no file ({@code /}, {@code ./}, one ending with
     * a separator or going through {@code .} or {@code ..}) is a 400 on {@code field}.
     */
    public static String normalizePath(String field, String path) {
        String p = path.trim().replace('\\', '/');
        while (p.contains("//")) {
            p = p.replace("//", "/");
        }
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.startsWith("./") ? p.substring(2) : p.substring(1);
        }
        if (p.isEmpty()
                || p.endsWith("/")
                || Arrays.stream(p.split("/")).anyMatch(s -> s.equals(".") || s.equals(".."))) {
            throw ProservException.invalid(field, "the path " + path.trim() + " names no file of the installation");
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
