package dev.wuye.complaint.archive;

import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.store.InMemoryStorage;
import dev.wuye.complaint.testdata.Cases;
import dev.wuye.complaint.testdata.Stores;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveScenariosTest {

    final InMemoryStorage storage = Stores.dataset();
    final ArchiveService archive = new ArchiveService(storage, Clock.fixed(Cases.t("2025-06-03T09:00"), Cases.ZONE),
            ArchiveSettings.defaults());

    static Map<String, List<String>> byDepartment(List<ArchiveBatch> batches) {
        Map<String, List<String>> m = new HashMap<>();
        batches.forEach(b -> m.put(b.department(), b.caseIds()));
        return m;
    }

    @Test
    @DisplayName("R-4.8.1 monthly batches per department; a case spanning the month end is archived with the month it closed in")
    void monthlyBatches() {
        Map<String, List<String>> april = byDepartment(archive.archiveMonth(YearMonth.of(2025, 4), "R1"));
        // Closed in April: C01 A01..A08 (not A09, closed May 6), A10, A11, A12; C02 D01; GMD A13.
        assertThat(april).containsOnlyKeys("C01", "C02", "GMD");
        assertThat(april.get("C01")).containsExactly("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A10",
                "A11", "A12");
        assertThat(april.get("C02")).containsExactly("D01");
        Map<String, List<String>> may = byDepartment(archive.archiveMonth(YearMonth.of(2025, 5), "R1"));
        // A09 (accepted Apr 25) and M02 (accepted Mar 27) close in May; D02, D04 likewise for C02.
        assertThat(may.get("C01")).containsExactly("A09", "B01", "B02", "B03", "B04", "B07", "B08", "B09", "M02");
        assertThat(may.get("C02")).containsExactly("D02", "D03", "D04");
        assertThat(archive.archiveMonth(YearMonth.of(2025, 5), "R1")).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo("MONTHLY");
            assertThat(b.period()).isEqualTo("2025-05");
            assertThat(b.manifestSha256()).hasSize(64);
        });
    }

    @Test
    @DisplayName("R-4.8.2 quarterly batches hold every case closed in the quarter")
    void quarterlyBatches() {
        Map<String, List<String>> q2 = byDepartment(archive.archiveQuarter(2025, 2, "R1"));
        // C01: 11 in April + 9 in May = 20; nothing closed in June.
        assertThat(q2.get("C01")).hasSize(20).contains("A01", "A09", "M02", "B09").doesNotContain("M01", "B05");
        assertThat(storage.archives().find("C01", "2025-Q2", "QUARTERLY")).isPresent();
        assertThat(byDepartment(archive.archiveQuarter(2025, 1, "R1")).get("C01")).containsExactly("M01");
    }

    @Test
    @DisplayName("R-4.8.4 records handled by the GMD, the management representative or the general manager are archived by the GMD")
    void companyLevelByGmd() {
        Map<String, List<String>> may = byDepartment(archive.archiveMonth(YearMonth.of(2025, 5), "R1"));
        // A14 escalated to the GMD, B10 to the general manager, G01 accepted by the company.
        assertThat(may.get("GMD")).containsExactly("A14", "B10", "G01");
        assertThat(may.get("C01")).doesNotContain("A14", "B10");
        assertThat(storage.archives().find("GMD", "2025-05", "MONTHLY")).map(ArchiveBatch::id)
                .hasValue("MONTHLY:GMD:2025-05");
    }

    @Test
    @DisplayName("R-4.8.3 the electronic archive is a self-describing file set the verifier finds intact")
    void electronicArchive(@TempDir Path dir) throws IOException {
        ArchiveBatch b = archive.archiveMonth(YearMonth.of(2025, 5), "R1").stream()
                .filter(x -> x.department().equals("GMD")).findFirst().orElseThrow();
        ElectronicArchive files = archive.writeElectronicArchive(b, dir);
        assertThat(files.manifestSha256()).isEqualTo(b.manifestSha256());
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("manifest.json", "batch.json", "cases/A14.json", "cases/B10.json",
                            "cases/G01.json");
        }
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertThat(manifest).contains("\"format\" : \"wuye-complaint-archive/1\"").contains("\"algorithm\" : \"SHA-256\"")
                .contains("\"period\" : \"2025-05\"").contains("cases/B10.json");
        String b10 = Files.readString(dir.resolve("cases/B10.json"));
        // B10 is closed by its satisfied follow-up, 30 May 10:00 in Shanghai (R-4.4.2d).
        assertThat(b10).contains("\"id\" : \"B10\"").contains("\"closedAt\" : \"2025-05-30T02:00:00Z\"")
                .doesNotContain("\"version\"");
        assertThat(new ArchiveVerifier().verify(dir, b.manifestSha256()).intact()).isTrue();
    }

    @Test
    @DisplayName("R-4.8.3 the verifier reports a tampered, a missing and an unlisted file, and a replaced manifest")
    void tampering(@TempDir Path dir) throws IOException {
        ArchiveBatch b = archive.archiveMonth(YearMonth.of(2025, 4), "R1").get(0);
        archive.writeElectronicArchive(b, dir);
        Files.writeString(dir.resolve("cases/A02.json"), Files.readString(dir.resolve("cases/A02.json"))
                .replace("summary of A02", "summary of nothing"), StandardCharsets.UTF_8);
        Files.delete(dir.resolve("cases/A05.json"));
        Files.writeString(dir.resolve("cases/Z99.json"), "{}");
        ArchiveVerification v = new ArchiveVerifier().verify(dir, b.manifestSha256());
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).extracting(ArchiveVerification.Problem::kind, ArchiveVerification.Problem::path)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ArchiveVerification.Kind.CHECKSUM_MISMATCH, "cases/A02.json"),
                        org.assertj.core.groups.Tuple.tuple(ArchiveVerification.Kind.MISSING_FILE, "cases/A05.json"),
                        org.assertj.core.groups.Tuple.tuple(ArchiveVerification.Kind.UNLISTED_FILE, "cases/Z99.json"));

        Files.writeString(dir.resolve("manifest.json"), Files.readString(dir.resolve("manifest.json")) + " ");
        assertThat(new ArchiveVerifier().verify(dir, b.manifestSha256()).problems())
                .extracting(ArchiveVerification.Problem::kind).contains(ArchiveVerification.Kind.MANIFEST_CHANGED);
        Files.delete(dir.resolve("manifest.json"));
        assertThat(new ArchiveVerifier().verify(dir).problems()).extracting(ArchiveVerification.Problem::kind)
                .containsExactly(ArchiveVerification.Kind.MANIFEST_UNREADABLE);
    }

    @Test
    @DisplayName("R-4.8.1 archiving twice is harmless: the same batches, identical files, even after the cases were marked FILED")
    void idempotent(@TempDir Path dir) throws IOException {
        List<ArchiveBatch> first = archive.archiveMonth(YearMonth.of(2025, 4), "R1");
        ArchiveBatch c01 = first.stream().filter(b -> b.department().equals("C01")).findFirst().orElseThrow();
        archive.writeElectronicArchive(c01, dir.resolve("one"));

        // The desk marks the cases FILED (a new version of each snapshot).
        for (String id : c01.caseIds()) {
            CaseSnapshot s = storage.cases().findById(id).orElseThrow();
            Stores.update(storage, s.toBuilder().state("FILED").archiveBatchId(c01.id())
                    .archivedAt(Cases.t("2025-06-03T10:00")).lastModifiedAt(Cases.t("2025-06-03T10:00")).build(), "File");
        }
        ArchiveService later = new ArchiveService(storage, Clock.fixed(Cases.t("2025-07-01T09:00"), Cases.ZONE),
                ArchiveSettings.defaults());
        List<ArchiveBatch> second = later.archiveMonth(YearMonth.of(2025, 4), "someone else");
        assertThat(second).isEqualTo(first);
        assertThat(storage.archives().findAll(null)).hasSize(3);
        later.writeElectronicArchive(c01, dir.resolve("two"));
        for (String f : List.of("manifest.json", "batch.json", "cases/A01.json", "cases/A12.json")) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(f))).isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(f)));
        }
        assertThat(new ArchiveVerifier().verify(dir.resolve("two"), c01.manifestSha256()).intact()).isTrue();
    }

    @Test
    @DisplayName("R-4.8.3 a case id with odd characters never reaches the file system as a path")
    void oddIds() {
        assertThat(ElectronicArchive.casePath("../../etc/passwd")).startsWith("cases/case-").doesNotContain("..");
        assertThat(ElectronicArchive.casePath("C-2025_04.17")).isEqualTo("cases/C-2025_04.17.json");
    }
}
