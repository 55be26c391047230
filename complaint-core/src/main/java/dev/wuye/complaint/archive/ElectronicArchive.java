package dev.wuye.complaint.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The electronic archive of one batch: a self-describing file set, built in memory and
 * written to a directory:
 * <pre>
 *   batch.json          the batch metadata (id, department, period, kind, who, when, case ids)
 *   cases/&lt;id&gt;.json    one file per case: the case as closed
 *   manifest.json       format, algorithm, the batch metadata and every file above with its SHA-256
 * </pre>
 * The bytes are deterministic (sorted keys, "\n" line ends, ISO-8601 times), and a case file leaves
 * out what archiving itself changes (version, state, archive batch id, archive time, last-modified
 * time), so archiving again after the desk has marked the cases FILED gives identical files. The
 * batch's {@code manifestSha256} is the SHA-256 of {@code manifest.json}. Personal data is written:
 * the archive is the company's record.
 *
 * @param batch the batch the files describe (its {@code manifestSha256} may still be null)
 * @param files relative path → content, in writing order, {@code manifest.json} last
 */
public record ElectronicArchive(ArchiveBatch batch, Map<String, byte[]> files) {

    /** Name of the manifest file. */
    public static final String MANIFEST = "manifest.json";
    /** Name of the batch metadata file. */
    public static final String BATCH = "batch.json";
    /** Format tag written in the manifest. */
    public static final String FORMAT = "wuye-complaint-archive/1";

    static final List<String> VOLATILE = List.of("version", "state", "archiveBatchId", "archivedAt", "lastModifiedAt");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("iso-time")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance))
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public ElectronicArchive {
        Objects.requireNonNull(batch, "batch");
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * Builds the file set of a batch.
     *
     * @param batch the batch (metadata; its {@code manifestSha256} is ignored)
     * @param cases the batch's cases, one per id of {@code batch.caseIds()}
     * @return the archive; {@link #manifestSha256()} is what the stored batch should carry
     */
    public static ElectronicArchive build(ArchiveBatch batch, List<CaseSnapshot> cases) {
        Map<String, CaseSnapshot> byId = new LinkedHashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        Map<String, byte[]> files = new LinkedHashMap<>();
        ObjectNode meta = metadata(batch);
        files.put(BATCH, json(meta));
        for (String id : batch.caseIds()) {
            CaseSnapshot s = byId.get(id);
            if (s == null) {
                throw new IllegalArgumentException("case " + id + " of batch " + batch.id() + " was not supplied");
            }
            ObjectNode node = MAPPER.valueToTree(s);
            VOLATILE.forEach(node::remove);
            files.put(casePath(id), json(node));
        }
        ObjectNode manifest = MAPPER.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("algorithm", "SHA-256");
        manifest.set("batch", meta);
        ArrayNode list = manifest.putArray("files");
        files.forEach((path, bytes) -> list.addObject().put("path", path).put("sha256", sha256(bytes))
                .put("bytes", bytes.length));
        files.put(MANIFEST, json(manifest));
        return new ElectronicArchive(batch, files);
    }

    /** SHA-256 of {@code manifest.json}, hex. */
    public String manifestSha256() {
        return sha256(files.get(MANIFEST));
    }

    /**
     * Writes the files into a directory (created if needed). Each file is written to a temporary
     * file and moved into place, so a reader never sees half a file.
     *
     * @param dir the batch's directory
     * @throws UncheckedIOException when the files cannot be written
     */
    public void writeTo(Path dir) {
        try {
            Files.createDirectories(dir.resolve("cases"));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".json");
                Files.write(tmp, f.getValue());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the electronic archive of batch " + batch.id()
                    + " to " + dir, e);
        }
    }

    /**
     * The relative path of a case's file: {@code cases/<id>.json} for a plain id, else a name derived
     * from the id's SHA-256 (so odd characters never reach the file system).
     *
     * @param caseId the case id
     * @return the path inside the batch directory
     */
    public static String casePath(String caseId) {
        String name = SAFE.matcher(caseId).matches() && !caseId.startsWith(".") ? caseId
                : "case-" + sha256(caseId.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32);
        return "cases/" + name + ".json";
    }

    private static ObjectNode metadata(ArchiveBatch b) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", b.id());
        n.put("department", b.department());
        n.put("period", b.period());
        n.put("kind", b.kind());
        n.put("archivedBy", b.archivedBy());
        n.put("createdAt", b.createdAt().toString());
        ArrayNode ids = n.putArray("caseIds");
        b.caseIds().forEach(ids::add);
        return n;
    }

    static byte[] json(Object node) {
        try {
            byte[] body = WRITER.writeValueAsBytes(node);
            byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
            out[body.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise archive content", e);
        }
    }

    /**
     * SHA-256 of bytes, lower-case hex.
     *
     * @param bytes the bytes
     * @return 64 hex digits
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "ElectronicArchive[batch=" + batch.id() + ", files=" + files.size() + "]";
    }
}
