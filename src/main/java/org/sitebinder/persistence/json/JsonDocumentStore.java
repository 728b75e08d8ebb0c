package org.sitebinder.persistence.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.persistence.AtomicFileWriter;
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.FileBytes;
import org.sitebinder.persistence.FileFingerprint;
import org.sitebinder.persistence.LoadedDocument;

/**
 * The native JSON document: read, and save atomically with a backup. The format is described in
 * docs/FORMAT.md; fields it does not define are kept, at every level, through a load and a save.
 */
public final class JsonDocumentStore {

    /** The version of the format this class reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonMappers.strict();
    private final ObjectWriter writer = JsonMappers.prettyWriter(mapper);
    private final AtomicFileWriter files = new AtomicFileWriter();

    /**
     * Reads a native document from bytes ({@code file} names it in messages).
     *
     * @throws DocumentFormatException not JSON, not a Sitebinder document, a newer schema version, a
     *                                 missing field or a value of the wrong type: one line with file,
     *                                 line and column
     */
    public ServerDocument read(byte[] bytes, Path file) throws DocumentFormatException {
        try {
            SchemaVersionCheck.check(mapper.getFactory(), bytes, file);
            return mapper.readValue(bytes, DocumentDto.class).toDomain();
        } catch (JsonProcessingException e) {
            throw JsonProblems.toFormatException(e, file);
        } catch (IOException e) {
            // reading from a byte array does no I/O, so this is a parser failure without a better type
            throw new DocumentFormatException(file, 0, 0, "not readable: " + e.getMessage());
        }
    }

    /** Reads the file and remembers its fingerprint for a later {@link #save}. */
    public LoadedDocument load(Path file) throws IOException, DocumentFormatException {
        // the time is taken before the bytes: a change in between makes save refuse, never overwrite
        long modified = Files.getLastModifiedTime(file).toMillis();
        byte[] bytes = FileBytes.read(file);
        ServerDocument document = read(bytes, file);
        return new LoadedDocument(document, file, LoadedDocument.Kind.NATIVE_JSON, FileFingerprint.of(bytes, modified));
    }

    /** The document as JSON bytes: UTF-8, pretty-printed, LF line ends, fields in a fixed order. */
    public byte[] write(ServerDocument document) {
        Objects.requireNonNull(document, "document");
        try {
            String json = writer.writeValueAsString(DocumentDto.from(document));
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // only values outside the model (a foreign object in Extras) can fail to serialise
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves atomically, keeping the previous version as a backup beside the target.
     *
     * @param expected the fingerprint the file had when loaded, or {@code null} to overwrite whatever is there
     * @return the saved file's new fingerprint
     * @throws ExternalChangeException the file changed on disk since {@code expected}; nothing was written
     */
    public FileFingerprint save(Path file, ServerDocument document, FileFingerprint expected) throws IOException {
        byte[] bytes = write(document);
        return files.write(file, bytes, target -> {
            if (expected != null && !expected.equals(FileFingerprint.of(target))) {
                throw new ExternalChangeException(file);
            }
        });
    }
}
