package org.proserv.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository explains itself: its rules live in docs/, and no file points at documents kept outside it. Walks the
 * whole repository from its root (the directory holding {@code .ci}), leaving out build output, Git's own files and the
 * run command's data.
 */
class SelfContainedRepositoryTest {

    /** Spelled in pieces so that this file does not mention them itself. */
    private static final List<String> OUTSIDE_REFERENCES =
            List.of("DOMAIN" + ".md", "PLATFORM" + ".md", ".." + "/shared");

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", "data", ".idea", ".vscode");

    @Test
    void noFileOfTheRepositoryPointsAtDocumentsOutsideIt() throws IOException {
        Path root = repositoryRoot();
        assertTrue(Files.isDirectory(root.resolve("docs")), "the rules are in " + root.resolve("docs"));

        List<String> offending;
        try (Stream<Path> files = Files.walk(root)) {
            offending = files.filter(Files::isRegularFile)
                    .filter(file -> !skipped(root.relativize(file)))
                    .filter(SelfContainedRepositoryTest::mentionsOutsideDocuments)
                    .map(file -> root.relativize(file).toString())
                    .sorted()
                    .toList();
        }

        assertEquals(List.of(), offending, "files naming documents outside the repository (point at docs/ instead)");
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative.getParent() == null ? List.<Path>of() : relative.getParent()) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsOutsideDocuments(Path file) {
        try {
            // ISO-8859-1 maps every byte to one character, so any file reads, text or not
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return OUTSIDE_REFERENCES.stream().anyMatch(content::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire runs in the module's directory; the repository root is the nearest directory above with .ci. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".ci"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no directory with .ci above " + Path.of("").toAbsolutePath());
    }
}
