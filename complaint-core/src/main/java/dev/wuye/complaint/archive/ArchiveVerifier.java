package dev.wuye.complaint.archive;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks an electronic archive directory: recomputes the SHA-256 of every file listed in
 * {@code manifest.json}, reports missing, altered and unlisted files, and, when the batch record's
 * manifest checksum is given, that the manifest itself was not replaced. Stateless.
 */
public final class ArchiveVerifier {

    /**
     * Verifies against the manifest only.
     *
     * @param dir the batch directory
     * @return the findings
     */
    public ArchiveVerification verify(Path dir) {
        return verify(dir, null);
    }

    /**
     * Verifies, also against the batch record.
     *
     * @param dir                    the batch directory
     * @param expectedManifestSha256 {@code ArchiveBatch.manifestSha256()}; {@code null} to skip that check
     * @return the findings
     */
    public ArchiveVerification verify(Path dir, String expectedManifestSha256) {
        List<ArchiveVerification.Problem> problems = new ArrayList<>();
        Path manifestPath = dir.resolve(ElectronicArchive.MANIFEST);
        JsonNode manifest;
        try {
            byte[] bytes = Files.readAllBytes(manifestPath);
            String actual = ElectronicArchive.sha256(bytes);
            if (expectedManifestSha256 != null && !expectedManifestSha256.equals(actual)) {
                problems.add(new ArchiveVerification.Problem(ArchiveVerification.Kind.MANIFEST_CHANGED,
                        ElectronicArchive.MANIFEST, "expected " + expectedManifestSha256 + ", was " + actual));
            }
            manifest = ElectronicArchive.MAPPER.readTree(bytes);
        } catch (IOException e) {
            problems.add(new ArchiveVerification.Problem(ArchiveVerification.Kind.MANIFEST_UNREADABLE,
                    ElectronicArchive.MANIFEST, String.valueOf(e.getMessage())));
            return new ArchiveVerification(problems);
        }
        Set<String> listed = new HashSet<>();
        listed.add(ElectronicArchive.MANIFEST);
        for (JsonNode f : manifest.path("files")) {
            String path = f.path("path").asText();
            listed.add(path);
            Path file = dir.resolve(path).normalize();
            if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
                problems.add(new ArchiveVerification.Problem(ArchiveVerification.Kind.MISSING_FILE, path,
                        "listed in the manifest, not found"));
                continue;
            }
            try {
                String actual = ElectronicArchive.sha256(Files.readAllBytes(file));
                String expected = f.path("sha256").asText();
                if (!expected.equals(actual)) {
                    problems.add(new ArchiveVerification.Problem(ArchiveVerification.Kind.CHECKSUM_MISMATCH, path,
                            "expected " + expected + ", was " + actual));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !listed.contains(p))
                    .sorted()
                    .forEach(p -> problems.add(new ArchiveVerification.Problem(
                            ArchiveVerification.Kind.UNLISTED_FILE, p, "not listed in the manifest")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return new ArchiveVerification(problems);
    }
}
