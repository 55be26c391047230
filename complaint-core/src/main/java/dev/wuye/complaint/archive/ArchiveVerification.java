package dev.wuye.complaint.archive;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ArchiveVerifier} found in an electronic archive.
 *
 * @param problems every problem found; empty when the archive is intact
 */
public record ArchiveVerification(List<Problem> problems) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public ArchiveVerification {
        problems = List.copyOf(problems);
    }

    /** Whether the archive is intact: every listed file present with its checksum, nothing extra. */
    public boolean intact() {
        return problems.isEmpty();
    }

    /**
     * One problem.
     *
     * @param kind what is wrong
     * @param path the file concerned (relative to the batch directory)
     * @param detail expected and actual values
     */
    public record Problem(Kind kind, String path, String detail) {
        /** Checks the components (required ones non-null, numbers in range) and copies collections. */
        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Kinds of problem. */
    public enum Kind {
        /** 清单缺失或无法读取 — the manifest is missing or unreadable. */
        MANIFEST_UNREADABLE,
        /** 清单校验值不符 — the manifest's own SHA-256 differs from the one the batch record holds. */
        MANIFEST_CHANGED,
        /** 文件缺失 — a listed file is missing. */
        MISSING_FILE,
        /** 文件被篡改 — a file's SHA-256 differs from the manifest. */
        CHECKSUM_MISMATCH,
        /** 多余文件 — a file not listed in the manifest. */
        UNLISTED_FILE
    }
}
