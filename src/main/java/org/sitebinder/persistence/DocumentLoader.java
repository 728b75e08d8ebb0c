package org.sitebinder.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.persistence.iis.ApplicationHostReader;
import org.sitebinder.persistence.iis.NetshReader;
import org.sitebinder.persistence.json.JsonDocumentStore;

/**
 * Reads any document Sitebinder knows, recognised by its content not its extension (CLI.md): a
 * native JSON document or an applicationHost.config (whole or a fragment), optionally with a
 * {@code netsh http show sslcert} listing that replaces the document's SSL records.
 */
public final class DocumentLoader {
    /** applicationHost.config does not name its server. */
    public static final String IMPORTED_SERVER_NAME = "localhost";

    /** Made on first use: Jackson is hundreds of classes an applicationHost.config never needs. */
    private JsonDocumentStore json;

    /**
     * Reads a document and remembers the file's state, for the editor (which saves later).
     *
     * @param file          the document
     * @param netshListing  a netsh listing, or {@code null}
     * @throws DocumentFormatException malformed or hostile input: one line naming file, line and column
     */
    public LoadedDocument load(Path file, Path netshListing) throws IOException, DocumentFormatException {
        long modified = Files.getLastModifiedTime(file).toMillis();
        byte[] bytes = FileBytes.read(file);
        FileFingerprint fingerprint = FileFingerprint.of(bytes, modified);
        LoadedDocument.Kind kind = kindOf(bytes, file);
        ServerDocument document = parse(bytes, file, kind);
        return new LoadedDocument(withListing(document, netshListing), file, kind, fingerprint);
    }

    /**
     * Reads a document without remembering the file's state, for the CLI. Nothing read here is
     * written back, so of each SSL record only the key, hash, store and application id are kept (no
     * {@code otherFields}).
     *
     * <p>With more than two cores, the listing is read on a second thread while the document is read
     * on this one; see {@link #read(Path, Path, boolean)}.
     */
    public ServerDocument read(Path file, Path netshListing) throws IOException, DocumentFormatException {
        return read(file, netshListing, Runtime.getRuntime().availableProcessors() > 2);
    }

    /**
     * {@link #read(Path, Path)}, the listing read on a second thread when {@code inParallel}. On two
     * cores that pays only when the JIT's optimising compiler (C2) does not hold the second core:
     * bench/cli-check.sh's 100,000 sites took 1.08 s in parallel against 1.27 s in turn without C2,
     * but 1.75 s against 1.6 s with it. When both files are bad, the document's error is the one
     * reported.
     */
    public ServerDocument read(Path file, Path netshListing, boolean inParallel)
            throws IOException, DocumentFormatException {
        if (netshListing == null) {
            return readDocument(file);
        }
        if (!inParallel) {
            List<SslRecord> records;
            try {
                records = readListing(netshListing, false);
            } catch (IOException | DocumentFormatException listingError) {
                readDocument(file); // a bad document is reported before a bad listing
                throw listingError;
            }
            return readDocument(file).withSslRecords(records);
        }
        FutureTask<List<SslRecord>> listing = new FutureTask<>(() -> readListing(netshListing, false));
        Thread worker = new Thread(listing, "sitebinder-netsh-reader");
        worker.setDaemon(true);
        worker.start();
        ServerDocument document = readDocument(file); // a bad document is reported before a bad listing
        return document.withSslRecords(await(listing));
    }

    private static List<SslRecord> await(FutureTask<List<SslRecord>> listing) throws IOException, DocumentFormatException {
        try {
            return listing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the SSL listing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocumentFormatException d) {
                throw d;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private ServerDocument readDocument(Path file) throws IOException, DocumentFormatException {
        byte[] bytes = FileBytes.read(file);
        return parse(bytes, file, kindOf(bytes, file));
    }

    private static List<SslRecord> readListing(Path netshListing, boolean keepOtherFields)
            throws IOException, DocumentFormatException {
        return new NetshReader(keepOtherFields).read(FileBytes.read(netshListing), netshListing);
    }

    private ServerDocument parse(byte[] bytes, Path file, LoadedDocument.Kind kind) throws IOException, DocumentFormatException {
        if (kind == LoadedDocument.Kind.NATIVE_JSON) {
            if (json == null) {
                json = new JsonDocumentStore();
            }
            return json.read(bytes, file);
        }
        return new ApplicationHostReader().read(bytes, file, IMPORTED_SERVER_NAME);
    }

    private static ServerDocument withListing(ServerDocument document, Path netshListing)
            throws IOException, DocumentFormatException {
        if (netshListing == null) {
            return document;
        }
        return document.withSslRecords(readListing(netshListing, true));
    }

    /** JSON starts with '{'; XML with '<'. Byte order marks and leading white space are skipped. */
    static LoadedDocument.Kind kindOf(byte[] bytes, Path file) throws DocumentFormatException {
        int i = 0;
        int step = 1;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            i = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            i = 2;
            step = 2;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            i = 3;
            step = 2;
        }
        for (; i < bytes.length; i += step) {
            int c = bytes[i] & 0xff;
            if (c == '{') {
                return LoadedDocument.Kind.NATIVE_JSON;
            }
            if (c == '<') {
                return LoadedDocument.Kind.APPLICATION_HOST_CONFIG;
            }
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                break;
            }
        }
        throw new DocumentFormatException(file, 0, 0,
                "not a Sitebinder JSON document or an IIS applicationHost.config (it starts with neither '{' nor '<')");
    }
}
